package io.duckboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings under {@code duckboard.security}.
 *
 * @param maxFailures     failed sign-ins for one user name, or from one address, before a lock-out
 * @param lockout         how long a lock-out lasts (also the window in which failures are counted)
 * @param minPasswordLength shortest password a user may choose
 */
@ConfigurationProperties("duckboard.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12") int minPasswordLength) {
}
