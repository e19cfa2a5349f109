package io.duckboard.audits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.schedule.AuditScheduleService;
import io.duckboard.audits.schedule.Schedule;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** ADMIN: each audit's cron and on/off, checked as typed, with the next three runs. */
@Route("settings/audits")
@PageTitle("Audit schedules · Duckboard")
@Menu(title = "Audit schedules", order = 74, icon = "vaadin:clock")
@RolesAllowed(Roles.ADMIN)
public class AuditSchedulesView extends VerticalLayout {

    private final AuditScheduleService schedules;

    public AuditSchedulesView(AuditRegistry registry, AuditScheduleService schedules) {
        this.schedules = schedules;
        setId("audit-schedules-view");
        add(new H2("Audit schedules"), new Paragraph("Spring cron: second minute hour day-of-month month day-of-week, e.g. "
                + "'0 30 6 * * *' every day at 06:30, '0 */15 * * * *' every 15 minutes, or '@daily'. Times are the server's ("
                + java.time.ZoneId.systemDefault() + "). The runtime flag audits.enabled pauses every schedule."));
        registry.all().forEach(audit -> add(editor(audit)));
    }

    private Div editor(Audit audit) {
        Schedule schedule = schedules.of(audit.id());
        TextField cron = new TextField("Schedule");
        cron.setId("cron-" + audit.id());
        cron.setValue(schedule.cron());
        cron.setWidth("16em");
        cron.setValueChangeMode(ValueChangeMode.LAZY);
        Checkbox enabled = new Checkbox("On", schedule.enabled());
        enabled.setId("enabled-" + audit.id());
        Span preview = new Span();
        preview.setId("preview-" + audit.id());
        Runnable check = () -> preview(cron, preview);
        cron.addValueChangeListener(change -> check.run());
        check.run();
        Button save = new Button("Save", click -> save(audit, cron, enabled, preview));
        save.setId("save-" + audit.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(cron, enabled, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div box = new Div(new H3(audit.title()), row, preview);
        box.addClassName("audit-card");
        return box;
    }

    private boolean preview(TextField cron, Span preview) {
        try {
            List<ZonedDateTime> next = schedules.preview(cron.getValue());
            cron.setInvalid(false);
            preview.setText("Next runs: " + next.stream().map(Badges.TIME::format).collect(Collectors.joining(" · ")));
            return true;
        } catch (UserFacingException e) {
            cron.setErrorMessage(e.getMessage());
            cron.setInvalid(true);
            preview.setText("");
            return false;
        }
    }

    private void save(Audit audit, TextField cron, Checkbox enabled, Span preview) {
        if (!preview(cron, preview)) {
            return;
        }
        schedules.save(audit.id(), cron.getValue(), enabled.getValue());
        Notification.show("Saved the schedule of " + audit.title() + (enabled.getValue() ? "." : " (off)."));
    }
}
