package io.duckboard.security.apikeys;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A key as the keys view lists it: its prefix, never the key. */
public record ApiKeyView(long id, String name, String prefix, Set<String> scopes, Instant createdAt, String createdBy,
                         @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
