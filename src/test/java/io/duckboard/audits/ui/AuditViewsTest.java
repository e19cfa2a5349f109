package io.duckboard.audits.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import io.duckboard.audits.TestAudits;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunStatus;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.RunView;
import io.duckboard.audits.run.StepStatus;
import io.duckboard.testsupport.KaribuTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewsTest extends KaribuTest {

    @Autowired
    AuditRunner runner;
    @Autowired
    AuditRunStore store;

    @AfterEach
    void openGate() {
        TestAudits.gate.countDown();
    }

    @Test
    void the_stepper_follows_the_run_as_the_server_pushes_each_step() {
        TestAudits.gate = new CountDownLatch(1);
        long runId = runner.start("test-gate", RunTrigger.MANUAL).runId();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> store.run(runId).orElseThrow().steps().get(1).status() == StepStatus.RUNNING);

        UI.getCurrent().navigate("audits/runs/" + runId);
        AuditRunView view = _get(AuditRunView.class);
        assertThat(view.shown().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(badge("step-first")).isEqualTo("PASSED");
        assertThat(badge("step-gate")).isEqualTo("RUNNING");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("audit-progress")).getValue()).isEqualTo(1.0 / 3);
        assertThat(_get(Button.class, spec -> spec.withText("Cancel run")).isVisible()).isTrue();

        TestAudits.gate.countDown();
        RunView finished = awaitPushed(view);

        assertThat(finished.status()).isEqualTo(RunStatus.WARNED);
        assertThat(badge("step-gate")).isEqualTo("WARNED");
        assertThat(badge("step-last")).isEqualTo("PASSED");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("audit-progress")).getValue()).isEqualTo(1.0);
        assertThat(_find(Button.class, spec -> spec.withText("Cancel run"))).as("only visible components are found").isEmpty();
        assertThat(_find(_get(Div.class, spec -> spec.withId("step-gate")), Span.class)).extracting(Span::getText)
                .contains("gate passed", "WARN");
    }

    @Test
    void a_running_step_shows_its_time_so_far_and_a_cancelled_run_shows_how_far_it_got() {
        TestAudits.gate = new CountDownLatch(1);
        long runId = runner.start("test-gate", RunTrigger.MANUAL).runId();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> store.run(runId).orElseThrow().steps().get(1).status() == StepStatus.RUNNING);
        UI.getCurrent().navigate("audits/runs/" + runId);
        AuditRunView view = _get(AuditRunView.class);

        assertThat(_get(Span.class, spec -> spec.withId("elapsed-gate")).getText()).matches("running for \\d+ s");
        assertThat(_find(Span.class, spec -> spec.withId("elapsed-first"))).as("a finished step shows its duration instead").isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Cancel run")));
        RunView cancelled = awaitPushed(view);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("audit-progress")).getValue()).as("one step of three was done").isEqualTo(1.0 / 3);
        assertThat(_find(Span.class, spec -> spec.withText("stopped after 1 of 3 steps"))).hasSize(1);
    }

    @Test
    void the_audits_page_lists_each_audit_and_run_now_opens_the_live_run() {
        login("audits-analyst", "ANALYST");
        UI.getCurrent().navigate(AuditsView.class);

        assertThat(_get(Div.class, spec -> spec.withId("audit-data-quality")).getElement().getTextRecursively())
                .contains("Data quality", "Next run:", "schedule 0 30 6 * * *");
        _click(_get(Button.class, spec -> spec.withId("run-test-failing")));

        AuditRunView run = _get(AuditRunView.class);
        assertThat(run.shown().auditId()).isEqualTo("test-failing");
        assertThat(run.shown().requestedBy()).isEqualTo("audits-analyst");
    }

    @Test
    void viewers_see_audits_but_cannot_run_them() {
        login("audits-viewer", "VIEWER");
        UI.getCurrent().navigate(AuditsView.class);

        assertThat(_find(Button.class, spec -> spec.withText("Run now"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("audit-card"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_schedule_is_checked_as_typed_and_previews_the_next_three_runs() {
        UI.getCurrent().navigate(AuditSchedulesView.class);
        TextField cron = _get(TextField.class, spec -> spec.withId("cron-configuration"));

        _setValue(cron, "30 6 * * *");
        assertThat(cron.isInvalid()).isTrue();
        assertThat(cron.getErrorMessage()).contains("Spring cron has 6");
        assertThat(_get(Span.class, spec -> spec.withId("preview-configuration")).getText()).isEmpty();

        _setValue(cron, "0 0 7 * * MON");
        assertThat(cron.isInvalid()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("preview-configuration")).getText()).startsWith("Next runs: ").contains(" 07:00:00");
        assertThat(_get(Span.class, spec -> spec.withId("preview-configuration")).getText().split(" · ")).hasSize(3);
    }

    @Test
    void the_history_shows_past_runs_filtered_by_audit() {
        long runId = finishedFailingRun();

        UI.getCurrent().navigate(AuditHistoryView.class);
        AuditHistoryView history = _get(AuditHistoryView.class);
        assertThat(history.shown()).extracting(RunView::id).contains(runId);

        @SuppressWarnings("unchecked")
        var audit = (com.vaadin.flow.component.select.Select<String>) _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("Audit"));
        audit.setValue("test-failing");
        assertThat(history.shown()).extracting(RunView::auditId).containsOnly("test-failing");
        assertThat(history.shown()).extracting(RunView::id).contains(runId);
        audit.setValue("test-flaky");
        assertThat(history.shown()).extracting(RunView::id).doesNotContain(runId);
    }

    @Test
    void a_backwards_date_range_is_flagged_on_the_field_and_keeps_the_runs_shown() {
        long runId = finishedFailingRun();
        UI.getCurrent().navigate(AuditHistoryView.class);
        AuditHistoryView history = _get(AuditHistoryView.class);
        var from = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("From"));
        var to = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("To"));

        _setValue(from, to.getValue().plusDays(2));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("To is before From");
        assertThat(history.shown()).extracting(RunView::id).contains(runId);

        _setValue(to, from.getValue().plusDays(1));
        assertThat(to.isInvalid()).isFalse();
        assertThat(history.shown()).extracting(RunView::id).doesNotContain(runId);
    }

    /** A run of the failing test audit, started and waited for until it has ended. */
    private long finishedFailingRun() {
        long runId = runner.start("test-failing", RunTrigger.MANUAL).runId();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.run(runId).orElseThrow().status().finished());
        return runId;
    }

    private static String badge(String stepId) {
        return _find(_get(Div.class, spec -> spec.withId(stepId)), Span.class, spec -> spec.withClasses("audit-badge")).getFirst().getText();
    }

    private static RunView awaitPushed(AuditRunView view) {
        // each poll (on this thread, which holds the mocked session) runs what the server pushed meanwhile, as the browser receives it
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return view.shown();
        }, run -> run.status().finished());
    }
}
