package io.duckboard.audits.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.run.AuditProgress;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.RunView;
import io.duckboard.audits.run.StartedRun;
import io.duckboard.audits.schedule.AuditScheduleService;
import io.duckboard.audits.schedule.Schedule;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every audit with its last status, last and next run, and "Run now" (ANALYST, ADMIN). Updates live as runs end. */
@Route("audits")
@PageTitle("Audits · Duckboard")
@Menu(title = "Audits", order = 30, icon = "vaadin:check-square-o")
@PermitAll
public class AuditsView extends VerticalLayout {

    private final AuditRegistry registry;
    private final AuditScheduleService schedules;
    private final AuditRunStore runs;
    private final AuditRunner runner;
    private final AuditProgress progress;
    private final boolean mayRun;
    private final String user;
    private final VerticalLayout cards = new VerticalLayout();
    private @Nullable Runnable unsubscribe;

    public AuditsView(AuditRegistry registry, AuditScheduleService schedules, AuditRunStore runs, AuditRunner runner,
                      AuditProgress progress, AuthenticationContext authentication) {
        this.registry = registry;
        this.schedules = schedules;
        this.runs = runs;
        this.runner = runner;
        this.progress = progress;
        this.mayRun = authentication.hasAnyRole(Roles.ANALYST, Roles.ADMIN);
        this.user = authentication.getPrincipalName().orElse("unknown");
        setId("audits-view");
        cards.setPadding(false);
        add(new H2("Audits"), new HorizontalLayout(new Paragraph("Checks of the data and of Duckboard's own setup, on a schedule or on demand."),
                new RouterLink("History", AuditHistoryView.class)), cards);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = progress.subscribeAll(run -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private void refresh() {
        cards.removeAll();
        registry.all().forEach(audit -> cards.add(card(audit)));
    }

    private Div card(Audit audit) {
        Schedule schedule = schedules.of(audit.id());
        Optional<RunView> last = runs.latest(audit.id());
        Div card = new Div();
        card.addClassName("audit-card");
        card.setId("audit-" + audit.id());
        HorizontalLayout heading = new HorizontalLayout(new H3(audit.title()));
        heading.setAlignItems(Alignment.BASELINE);
        last.ifPresentOrElse(run -> heading.add(Badges.of(run.status())), () -> heading.add(new Span("never run")));
        Span lastRun = new Span(last.map(run -> "Last run: " + Badges.time(run.startedAt()) + " (" + run.failures() + " fail, "
                + run.warnings() + " warn)").orElse("Last run: —"));
        Span next = new Span(schedule.enabled()
                ? "Next run: " + schedule.nextRuns().stream().findFirst().map(t -> Badges.TIME.format(t)).orElse("—") + "  ·  schedule "
                  + schedule.cron()
                : "Schedule off (" + schedule.cron() + ")");
        HorizontalLayout actions = new HorizontalLayout();
        last.ifPresent(run -> actions.add(new RouterLink("Open last run", AuditRunView.class, run.id())));
        if (mayRun) {
            Button runNow = new Button("Run now", click -> runNow(audit));
            runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            runNow.setId("run-" + audit.id());
            actions.addComponentAsFirst(runNow);
        }
        card.add(heading, new Paragraph(audit.description()), new Div(lastRun), new Div(next), actions);
        return card;
    }

    private void runNow(Audit audit) {
        try {
            StartedRun started = runner.start(audit.id(), RunTrigger.MANUAL, user);
            if (started.alreadyRunning()) {
                Notification.show("Already running: showing run #" + started.runId() + ".");
            }
            getUI().ifPresent(ui -> ui.navigate(AuditRunView.class, started.runId()));
        } catch (UserFacingException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

}
