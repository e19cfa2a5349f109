package io.duckboard.platform.lifecycle;

import io.duckboard.platform.environment.AppEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records this run when the application is ready and marks it stopped on a clean shutdown, and
 * tells whether the previous run ended cleanly (a missing stop means it was killed or crashed).
 */
@Service
public class AppRuns {

    private static final Logger log = LoggerFactory.getLogger(AppRuns.class);

    private final AppRunRepository repository;
    private final Clock clock;
    private final AppEnvironment environment;
    private final String version;
    private final AtomicReference<@Nullable Long> currentId = new AtomicReference<>();
    private final Instant startedAt;

    AppRuns(AppRunRepository repository, Clock clock, AppEnvironment environment,
            ObjectProvider<BuildProperties> buildProperties) {
        this.repository = repository;
        this.clock = clock;
        this.environment = environment;
        BuildProperties build = buildProperties.getIfAvailable();
        this.version = build == null ? "dev" : build.getVersion();
        this.startedAt = clock.instant();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recordStart() {
        AppRun run = repository.save(new AppRun(version, environment.name(), startedAt));
        currentId.set(run.id());
        previous().filter(p -> !p.endedCleanly())
                .ifPresent(p -> log.warn("The previous run (started {}) did not shut down cleanly", p.startedAt()));
    }

    @EventListener(ContextClosedEvent.class)
    @Transactional
    public void recordStop() {
        Long id = currentId.getAndSet(null);
        if (id != null) {
            repository.findById(id).ifPresent(run -> run.stoppedAt(clock.instant()));
        }
    }

    /** The run before this one, if any. */
    @Transactional(readOnly = true)
    public Optional<AppRunSummary> previous() {
        Long id = currentId.get();
        return repository.findFirstByIdLessThanOrderByIdDesc(id == null ? Long.MAX_VALUE : id).map(AppRun::summary);
    }

    /** When this run started, for the uptime shown in the UI. */
    public Instant startedAt() {
        return startedAt;
    }

    public String version() {
        return version;
    }
}
