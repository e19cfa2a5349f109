package io.duckboard.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per address; after {@code maxFailures} within the
 * lock-out period, further attempts for that name or from that address are refused until the
 * period has passed. Counters live in memory (Caffeine) and expire by themselves.
 */
@Component
public class LoginThrottle {

    private final SecurityProperties properties;
    private final Clock clock;
    private final Cache<String, Window> failures;

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().expireAfterWrite(properties.lockout()).maximumSize(100_000).build();
    }

    /** How long until this user name or address may try again, if it is locked out now. */
    public Optional<Duration> lockedFor(String username, @Nullable String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(remaining(userKey(username), now))
                .or(() -> address == null ? Optional.empty() : Optional.ofNullable(remaining(addressKey(address), now)));
    }

    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        count(userKey(username), now);
        if (address != null) {
            count(addressKey(address), now);
        }
    }

    public void succeeded(String username) {
        failures.invalidate(userKey(username));
    }

    private void count(String key, Instant now) {
        Window window = failures.get(key, k -> new Window(now));
        if (window.startedAt.plus(properties.lockout()).isBefore(now)) {
            window = new Window(now);
        }
        window.count.incrementAndGet();
        failures.put(key, window);
    }

    private @Nullable Duration remaining(String key, Instant now) {
        Window window = failures.getIfPresent(key);
        if (window == null || window.count.get() < properties.maxFailures()) {
            return null;
        }
        Duration left = Duration.between(now, window.startedAt.plus(properties.lockout()));
        return left.isNegative() || left.isZero() ? null : left;
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Window {
        final Instant startedAt;
        final AtomicInteger count = new AtomicInteger();

        Window(Instant startedAt) {
            this.startedAt = startedAt;
        }
    }
}
