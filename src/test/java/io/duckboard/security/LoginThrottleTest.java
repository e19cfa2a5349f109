package io.duckboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(3, Duration.ofMinutes(15), 12), clock);

    @Test
    void a_user_name_is_locked_after_repeated_failures_until_the_period_passes() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.lockedFor("alice", "10.0.0.1")).isEmpty();
            throttle.failed("alice", "10.0.0." + i);
        }

        assertThat(throttle.lockedFor("Alice", "192.168.1.9")).hasValueSatisfying(left ->
                assertThat(left).isEqualTo(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("alice", null)).hasValue(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(throttle.lockedFor("alice", null)).isEmpty();
    }

    @Test
    void an_address_trying_many_names_is_locked_for_every_name() {
        throttle.failed("a", "203.0.113.7");
        throttle.failed("b", "203.0.113.7");
        throttle.failed("c", "203.0.113.7");

        assertThat(throttle.lockedFor("d", "203.0.113.7")).isPresent();
        assertThat(throttle.lockedFor("d", "203.0.113.8")).isEmpty();
    }

    @Test
    void a_success_clears_the_count_for_that_user() {
        throttle.failed("bob", null);
        throttle.failed("bob", null);
        throttle.succeeded("bob");
        throttle.failed("bob", null);

        assertThat(throttle.lockedFor("bob", null)).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-21T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
