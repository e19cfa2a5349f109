package io.duckboard.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunStatus;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.RunView;
import io.duckboard.audits.run.StartedRun;
import io.duckboard.audits.run.StepStatus;
import io.duckboard.audits.run.StepView;
import io.duckboard.testsupport.DuckboardAppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The run lifecycle against the real app database: persistence per step, one run per audit, restart, cancel, retries, timeouts. */
@DuckboardAppTest
class AuditRunnerIntegrationTest {

    @Autowired
    AuditRunner runner;
    @Autowired
    AuditRunStore store;

    @BeforeEach
    void closeGate() {
        TestAudits.gate = new CountDownLatch(1);
    }

    @AfterEach
    void openGate() {
        TestAudits.gate.countDown();
        store.running("test-gate").ifPresent(id -> await().atMost(Duration.ofSeconds(10)).until(() -> !runner.isActive(id)));
    }

    @Test
    void each_step_is_stored_as_it_ends_and_the_run_ends_with_the_worst_finding() {
        long runId = runner.start("test-gate", RunTrigger.MANUAL).runId();

        RunView midway = await().atMost(Duration.ofSeconds(10)).until(() -> store.run(runId).orElseThrow(),
                run -> run.steps().get(1).status() == StepStatus.RUNNING);
        assertThat(midway.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(midway.stepsDone()).isEqualTo(1);
        assertThat(midway.steps().get(0).status()).isEqualTo(StepStatus.PASSED);
        assertThat(midway.steps().get(0).findings()).extracting(f -> f.message()).containsExactly("first step done");
        assertThat(midway.steps().get(2).status()).isEqualTo(StepStatus.PENDING);

        TestAudits.gate.countDown();
        RunView done = awaitFinished(runId);
        assertThat(done.status()).isEqualTo(RunStatus.WARNED);
        assertThat(done.steps()).extracting(StepView::status).containsExactly(StepStatus.PASSED, StepStatus.WARNED, StepStatus.PASSED);
        assertThat(done.steps().get(1).findings().getFirst().samples()).containsExactly(java.util.Map.of("row", 1));
        assertThat(done.warnings()).isEqualTo(1);
        assertThat(done.infos()).isEqualTo(2);
    }

    @Test
    void concurrent_run_now_starts_one_run() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch ready = new CountDownLatch(1);
        List<Future<StartedRun>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(callers.submit(() -> {
                ready.await();
                return runner.start("test-gate", RunTrigger.MANUAL);
            }));
        }
        ready.countDown();
        List<StartedRun> started = new ArrayList<>();
        for (Future<StartedRun> answer : answers) {
            started.add(answer.get());
        }
        callers.shutdown();

        assertThat(started).extracting(StartedRun::runId).containsOnly(started.getFirst().runId());
        assertThat(started).filteredOn(run -> !run.alreadyRunning()).hasSize(1);
    }

    @Test
    void a_restart_in_the_middle_marks_the_run_interrupted_and_keeps_what_was_done() throws Exception {
        long runId = runner.start("test-gate", RunTrigger.MANUAL).runId();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.run(runId).orElseThrow().steps().get(1).status() == StepStatus.RUNNING);

        runner.afterPropertiesSet(); // what a new start of this instance does first: the previous process is gone

        RunView after = store.run(runId).orElseThrow();
        assertThat(after.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(after.finishedAt()).isNotNull();
        assertThat(after.steps()).extracting(StepView::status)
                .containsExactly(StepStatus.PASSED, StepStatus.INTERRUPTED, StepStatus.SKIPPED);
        assertThat(after.steps().get(0).findings()).hasSize(1);

        TestAudits.gate.countDown(); // the old worker finishing late must not rewrite history
        await().atMost(Duration.ofSeconds(10)).until(() -> !runner.isActive(runId));
        assertThat(store.run(runId).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(store.run(runId).orElseThrow().steps().get(1).findings()).isEmpty();

        StartedRun next = runner.start("test-gate", RunTrigger.MANUAL);
        assertThat(next.alreadyRunning()).as("the released lock can be taken again").isFalse();
        assertThat(next.runId()).isGreaterThan(runId);
    }

    @Test
    void cancel_abandons_the_current_step_and_skips_the_rest() {
        long runId = runner.start("test-gate", RunTrigger.MANUAL).runId();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.run(runId).orElseThrow().steps().get(1).status() == StepStatus.RUNNING);

        runner.cancel(runId);

        RunView done = awaitFinished(runId);
        assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(done.steps()).extracting(StepView::status).containsExactly(StepStatus.PASSED, StepStatus.CANCELLED, StepStatus.SKIPPED);
        assertThatThrownBy(() -> runner.cancel(runId)).hasMessageContaining("already finished (CANCELLED)");
    }

    @Test
    void transient_failures_are_retried_with_backoff_then_fail_with_the_reason_and_slow_steps_time_out() {
        TestAudits.flakyFailuresLeft.set(2);

        RunView done = awaitFinished(runner.start("test-flaky", RunTrigger.MANUAL).runId());

        StepView flaky = done.steps().get(0);
        assertThat(flaky.status()).isEqualTo(StepStatus.PASSED);
        assertThat(flaky.attempts()).as("two transient failures, then success").isEqualTo(3);
        StepView broken = done.steps().get(1);
        assertThat(broken.status()).isEqualTo(StepStatus.ERROR);
        assertThat(broken.attempts()).isEqualTo(3);
        assertThat(broken.error()).isEqualTo("Failed after 3 attempt(s): connection refused");
        assertThat(broken.findings()).extracting(f -> f.severity()).containsExactly(Severity.FAIL);
        StepView slow = done.steps().get(2);
        assertThat(slow.status()).isEqualTo(StepStatus.ERROR);
        assertThat(slow.error()).startsWith("Did not finish within 4 s");
        assertThat(slow.duration()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(done.status()).isEqualTo(RunStatus.ERROR);
    }

    @Test
    void an_unknown_audit_names_the_known_ones() {
        assertThatThrownBy(() -> runner.start("nope", RunTrigger.MANUAL))
                .isInstanceOf(UnknownAuditException.class)
                .hasMessageContaining("There is no audit 'nope'")
                .hasMessageContaining("data-quality, dataset-freshness");
    }

    private RunView awaitFinished(long runId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> store.run(runId).orElseThrow(), run -> run.status().finished());
    }
}
