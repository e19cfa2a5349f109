package io.duckboard.audits.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duckboard.platform.UserFacingException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronSchedulesTest {

    private static final ZonedDateTime SATURDAY_NOON = ZonedDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));

    @Test
    void the_next_three_runs_of_a_daily_schedule() {
        assertThat(CronSchedules.next("0 30 6 * * *", SATURDAY_NOON, 3)).containsExactly(
                ZonedDateTime.of(2026, 11, 22, 6, 30, 0, 0, ZoneId.of("Europe/Paris")),
                ZonedDateTime.of(2026, 11, 23, 6, 30, 0, 0, ZoneId.of("Europe/Paris")),
                ZonedDateTime.of(2026, 11, 24, 6, 30, 0, 0, ZoneId.of("Europe/Paris")));
    }

    @Test
    void weekdays_and_macros() {
        assertThat(CronSchedules.next("0 0 7 * * MON-FRI", SATURDAY_NOON, 2)).extracting(ZonedDateTime::getDayOfMonth).containsExactly(23, 24);
        assertThat(CronSchedules.next("@hourly", SATURDAY_NOON, 1)).containsExactly(SATURDAY_NOON.plusHours(1));
    }

    @Test
    void five_field_unix_cron_is_refused_with_the_field_count() {
        assertThatThrownBy(() -> CronSchedules.parse("30 6 * * *"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("It has 5 field(s); Spring cron has 6");
    }

    @Test
    void a_schedule_that_never_fires_is_refused() {
        assertThatThrownBy(() -> CronSchedules.parse("0 0 0 30 2 *")).hasMessageContaining("never fires");
    }

    @Test
    void nonsense_and_empty_are_refused_in_words() {
        assertThatThrownBy(() -> CronSchedules.parse("0 99 * * * *")).hasMessageStartingWith("'0 99 * * * *' is not a valid schedule.");
        assertThatThrownBy(() -> CronSchedules.parse("  ")).hasMessageStartingWith("Enter a schedule");
    }
}
