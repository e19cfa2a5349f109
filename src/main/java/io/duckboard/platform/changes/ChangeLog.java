package io.duckboard.platform.changes;

import io.duckboard.platform.logging.UserActions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change to settings, users, roles and keys — who, when, what, old → new — in the app
 * database (inside the caller's transaction, so a rolled-back save leaves no entry) and in the
 * user-interactions log. Callers mask secrets before passing them (see {@link #mask}).
 */
@Service
public class ChangeLog {

    private final ChangeEntryRepository repository;
    private final UserActions userActions;
    private final Clock clock;

    ChangeLog(ChangeEntryRepository repository, UserActions userActions, Clock clock) {
        this.repository = repository;
        this.userActions = userActions;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String kind, String target, @Nullable String field, @Nullable String oldValue, @Nullable String newValue) {
        String actor = currentActor();
        repository.save(new ChangeEntry(clock.instant(), actor, kind, target, field, limit(oldValue), limit(newValue)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("target", target);
        details.put("field", field == null ? "" : field);
        details.put("old", oldValue == null ? "" : limit(oldValue));
        details.put("new", newValue == null ? "" : limit(newValue));
        details.put("actor", actor);
        userActions.action("change", details);
    }

    @Transactional(readOnly = true)
    public List<Change> search(@Nullable String kind, @Nullable String actor, Instant from, Instant to, int limit) {
        return repository.search(blankToNull(kind), blankToNull(actor), from, to, Limit.of(limit)).stream()
                .map(ChangeEntry::view).toList();
    }

    /** {@code ••••1234}: enough to recognise a secret, never enough to use it. */
    public static String mask(@Nullable String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        return secret.length() <= 8 ? "••••" : "••••" + secret.substring(secret.length() - 4);
    }

    /** Who is acting: the signed-in user or API key, or {@code system} for the application's own work. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static @Nullable String limit(@Nullable String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 999) + "…";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
