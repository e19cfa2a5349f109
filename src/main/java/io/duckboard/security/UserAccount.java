package io.duckboard.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the users view shows it (never the password hash). */
public record UserAccount(long id, String username, Set<String> roles, boolean enabled, boolean mustChangePassword,
                          Instant createdAt, @Nullable Instant lastLoginAt) {
}
