package io.duckboard.audits.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.RunView;
import io.duckboard.testsupport.DuckboardAppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A saved schedule is planned on Spring's TaskScheduler right after the save commits; a bad one changes nothing. */
@DuckboardAppTest
class AuditSchedulingIntegrationTest {

    @Autowired
    AuditScheduleService schedules;
    @Autowired
    AuditRunStore runs;

    @Test
    void an_every_second_schedule_starts_runs_and_switching_it_off_stops_them() {
        Instant since = Instant.now();
        Schedule saved = schedules.save("test-failing", "* * * * * *", true);
        try {
            assertThat(saved.isDefault()).isFalse();
            assertThat(saved.nextRuns()).hasSize(3);
            RunView scheduled = await().atMost(Duration.ofSeconds(15)).until(() -> scheduledRuns(since), list -> !list.isEmpty()).getFirst();
            assertThat(scheduled.requestedBy()).isEqualTo("system");
        } finally {
            schedules.save("test-failing", "0 0 3 1 1 *", false);
        }
        // a run fired just before the switch may still be going: wait until none is
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.running("test-failing").isEmpty());
        Instant off = Instant.now();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> scheduledRuns(off).isEmpty()); // an every-second schedule would have fired three times
        assertThat(scheduledRuns(off)).as("no scheduled run after switching off").isEmpty();
    }

    @Test
    void a_schedule_that_cannot_be_saved_leaves_the_old_one() {
        Schedule before = schedules.of("configuration");

        assertThatThrownBy(() -> schedules.save("configuration", "0 0 0 30 2 *", true)).hasMessageContaining("never fires");

        assertThat(schedules.of("configuration")).isEqualTo(before);
    }

    private List<RunView> scheduledRuns(Instant since) {
        return runs.history("test-failing", null, since, Instant.now().plusSeconds(60), 50).stream()
                .filter(run -> run.trigger() == RunTrigger.SCHEDULE).toList();
    }
}
