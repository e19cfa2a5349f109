package io.duckboard.audits.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.audits.run.AuditProgress;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.FindingView;
import io.duckboard.audits.run.RunView;
import io.duckboard.audits.run.StepStatus;
import io.duckboard.audits.run.StepView;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run: a stepper and a progress bar that the server pushes as steps advance (Vaadin Push, no
 * polling), each step's duration, attempts and findings with samples and recommendations. Opening
 * it mid-run shows the stored state, then follows along.
 */
@Route("audits/runs")
@PermitAll
public class AuditRunView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AuditRunStore runs;
    private final AuditProgress progress;
    private final AuditRunner runner;
    private final boolean mayCancel;
    private final H2 title = new H2();
    private final HorizontalLayout summary = new HorizontalLayout();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final VerticalLayout stepper = new VerticalLayout();
    private final Button cancel = new Button("Cancel run");
    private long runId;
    private @Nullable RunView shown;
    private @Nullable Runnable unsubscribe;
    private final Clock clock;

    public AuditRunView(AuditRunStore runs, AuditProgress progress, AuditRunner runner, AuthenticationContext authentication,
                        Clock clock) {
        this.runs = runs;
        this.clock = clock;
        this.progress = progress;
        this.runner = runner;
        this.mayCancel = authentication.hasAnyRole(Roles.ANALYST, Roles.ADMIN);
        setId("audit-run-view");
        bar.setId("audit-progress");
        stepper.setId("audit-stepper");
        stepper.setPadding(false);
        stepper.setSpacing(false);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> cancel());
        cancel.setVisible(false);
        summary.setAlignItems(Alignment.BASELINE);
        summary.setWrap(true);
        add(new RouterLink("← Audits", AuditsView.class), title, summary, new HorizontalLayout(bar, progressText, cancel), stepper);
        bar.setWidth("24em");
        bar.setMaxWidth("60vw");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        runId = parameter;
        runs.run(runId).ifPresentOrElse(this::render, () -> {
            title.setText("Run " + runId + " not found");
            summary.removeAll();
            summary.add(new Paragraph("There is no audit run " + runId + " (retention may have removed it)."));
        });
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Audit run" : shown.auditTitle() + " run #" + shown.id()) + " · Duckboard";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = progress.subscribe(runId, run -> ui.access(() -> render(run)));
        // a step may have ended between the first render and subscribing: show the stored state again
        runs.run(runId).ifPresent(this::render);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** The state on screen; tests read it. */
    public @Nullable RunView shown() {
        return shown;
    }

    private void render(RunView run) {
        shown = run;
        title.setText(run.auditTitle() + " — run #" + run.id());
        summary.removeAll();
        summary.add(Badges.of(run.status()), new Span(run.trigger().name().toLowerCase() + " by " + run.requestedBy()),
                new Span("started " + Badges.time(run.startedAt())),
                new Span(run.finishedAt() == null ? "running…" : "took " + Badges.duration(run.duration())),
                new Span(run.failures() + " fail · " + run.warnings() + " warn · " + run.infos() + " info"));
        if (run.message() != null) {
            summary.add(new Span(run.message()));
        }
        long completed = run.steps().stream().filter(step -> step.status().completed()).count();
        if (run.status().finished() && run.stepsTotal() > 0 && completed < run.stepsTotal()) {
            // a cancelled or interrupted run: the bar shows what was done, not the steps skipped
            bar.setValue((double) completed / run.stepsTotal());
            progressText.setText("stopped after " + completed + " of " + run.stepsTotal() + " steps");
        } else {
            bar.setValue(run.progress());
            progressText.setText(run.stepsDone() + " of " + run.stepsTotal() + " steps");
        }
        cancel.setVisible(mayCancel && !run.status().finished());
        stepper.removeAll();
        run.steps().forEach(step -> stepper.add(step(step)));
    }

    private Div step(StepView step) {
        Div box = new Div();
        box.addClassName("audit-step");
        if (step.status() == StepStatus.RUNNING || step.status() == StepStatus.RETRYING) {
            box.addClassName("audit-step--running");
        }
        box.setId("step-" + step.key());
        HorizontalLayout heading = new HorizontalLayout(new Span((step.position() + 1) + ". " + step.title()), Badges.of(step.status()),
                new Span(Badges.duration(step.duration())));
        heading.setAlignItems(Alignment.BASELINE);
        if (!step.status().finished() && step.startedAt() != null) {
            heading.add(elapsed(step));
        }
        if (step.attempts() > 1) {
            heading.add(new Span("attempt " + step.attempts()));
        }
        box.add(heading);
        if (step.error() != null) {
            box.add(new Paragraph(step.error()));
        }
        step.findings().forEach(finding -> box.add(finding(finding)));
        return box;
    }

    /** A running step's time so far, counted on in the browser each second (from the server's figure: no clock skew). */
    private Span elapsed(StepView step) {
        long sinceMillis = Math.max(0, Duration.between(step.startedAt(), clock.instant()).toMillis());
        Span elapsed = new Span("running for " + sinceMillis / 1000 + " s");
        elapsed.setId("elapsed-" + step.key());
        elapsed.getElement().executeJs("""
                const el = this, from = performance.now();
                const tick = setInterval(() => {
                  if (!el.isConnected) { clearInterval(tick); return; }
                  el.textContent = 'running for ' + Math.floor(($0 + performance.now() - from) / 1000) + ' s';
                }, 1000);""", sinceMillis);
        return elapsed;
    }

    private Div finding(FindingView finding) {
        Div row = new Div();
        row.addClassName("audit-finding");
        HorizontalLayout line = new HorizontalLayout(Badges.of(finding.severity()), new Span(finding.message()));
        line.setAlignItems(Alignment.BASELINE);
        row.add(line);
        if (finding.recommendation() != null) {
            Paragraph recommendation = new Paragraph("→ " + finding.recommendation());
            recommendation.getStyle().set("margin", "0 0 0 1em").set("color", "var(--lumo-secondary-text-color)");
            row.add(recommendation);
        }
        if (!finding.samples().isEmpty()) {
            row.add(samples(finding.samples()));
        }
        return row;
    }

    private static Grid<Map<String, Object>> samples(List<Map<String, Object>> rows) {
        Grid<Map<String, Object>> grid = new Grid<>();
        List<String> columns = new ArrayList<>(rows.getFirst().keySet());
        columns.forEach(column -> grid.addColumn(row -> String.valueOf(row.get(column))).setHeader(column).setAutoWidth(true));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidth("100%");
        return grid;
    }

    private void cancel() {
        try {
            runner.cancel(runId);
            Notification.show("Cancelling: the current step is abandoned, the rest skipped.");
        } catch (UserFacingException e) {
            Notification.show(e.getMessage());
        }
    }
}
