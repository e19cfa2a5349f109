package io.duckboard.platform.flags;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import java.time.Clock;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads flags through a cache of {@code duckboard.flags-cache.cache-ttl} (30 s): the source of truth is
 * the app database, shared by all instances. Precedence: a value pinned by the environment
 * ({@code duckboard.flags.<name>}, e.g. {@code DUCKBOARD_FLAGS_ALERTS_MUTED=true}) wins and cannot be
 * changed in the UI; else the value saved in the UI; else the default.
 */
@Service
public class RuntimeFlags {

    private final RuntimeFlagRepository repository;
    private final Environment environment;
    private final ChangeLog changes;
    private final Clock clock;
    private final LoadingCache<String, FlagState> cache;

    RuntimeFlags(RuntimeFlagRepository repository, Environment environment, ChangeLog changes, Clock clock,
                 RuntimeFlagsProperties properties, TransactionTemplateFactory transactions) {
        this.repository = repository;
        this.environment = environment;
        this.changes = changes;
        this.clock = clock;
        TransactionTemplate readOnly = transactions.readOnly();
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl())
                .build(name -> readOnly.execute(status -> resolve(flag(name))));
    }

    public boolean isEnabled(Flag flag) {
        return Boolean.parseBoolean(state(flag).value());
    }

    public double number(Flag flag) {
        return Double.parseDouble(state(flag).value());
    }

    public FlagState state(Flag flag) {
        return cache.get(flag.name());
    }

    public List<FlagState> all() {
        return Flag.ALL.stream().map(this::state).toList();
    }

    @Transactional
    public void set(Flag flag, String value) {
        String normalised = value.strip().toLowerCase(java.util.Locale.ROOT);
        String problem = flag.problemWith(normalised);
        if (problem != null) {
            throw new UserFacingException(problem + ".");
        }
        FlagState before = resolve(flag);
        if (before.pinned()) {
            throw new UserFacingException(flag.name() + " is set by the environment (" + before.pinnedBy() + ") and cannot be changed here.");
        }
        String who = ChangeLog.currentActor();
        repository.findById(flag.name()).ifPresentOrElse(
                row -> row.set(normalised, clock.instant(), who),
                () -> repository.save(new RuntimeFlagEntity(flag.name(), normalised, clock.instant(), who)));
        changes.record("FLAG", flag.name(), "value", before.value(), normalised);
        cache.invalidate(flag.name());
    }

    private FlagState resolve(Flag flag) {
        String property = "duckboard.flags." + flag.name();
        String pinned = environment.getProperty(property);
        if (pinned != null && !pinned.isBlank()) {
            return new FlagState(flag, pinned.strip().toLowerCase(java.util.Locale.ROOT), FlagState.Source.ENVIRONMENT, property);
        }
        return repository.findById(flag.name())
                .map(row -> new FlagState(flag, row.value(), FlagState.Source.SETTINGS, null))
                .orElse(new FlagState(flag, flag.defaultValue(), FlagState.Source.DEFAULT, null));
    }

    private static Flag flag(String name) {
        return Flag.ALL.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown flag " + name));
    }
}
