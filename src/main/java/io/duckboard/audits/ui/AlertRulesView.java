package io.duckboard.audits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.Severity;
import io.duckboard.audits.alerts.AlertDeliveryView;
import io.duckboard.audits.alerts.AlertRuleView;
import io.duckboard.audits.alerts.AlertService;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.flags.Flag;
import io.duckboard.platform.flags.RuntimeFlags;
import io.duckboard.security.Roles;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.settings.webhooks.WebhookTargetView;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** ADMIN: which audits alert which webhook targets, from which severity, how often; the delivery log; "Send test". */
@Route("settings/alerts")
@PageTitle("Alert rules · Duckboard")
@Menu(title = "Alert rules", order = 75, icon = "vaadin:megaphone")
@RolesAllowed(Roles.ADMIN)
public class AlertRulesView extends VerticalLayout {

    static final String ANY = "Any audit";

    private final AlertService alerts;
    private final Select<String> audit = new Select<>();
    private final Select<Severity> severity = new Select<>();
    private final IntegerField window = new IntegerField("Repeat after (minutes)");
    private final MultiSelectComboBox<WebhookTargetView> targets = new MultiSelectComboBox<>("Send to");
    private final Grid<AlertRuleView> rules = new Grid<>();
    private final Grid<AlertDeliveryView> deliveries = new Grid<>();

    public AlertRulesView(AlertService alerts, AuditRegistry registry, WebhookService webhooks, RuntimeFlags flags) {
        this.alerts = alerts;
        setId("alert-rules-view");
        List<String> audits = new ArrayList<>(List.of(ANY));
        registry.all().stream().map(Audit::id).forEach(audits::add);
        audit.setLabel("Audit");
        audit.setItems(audits);
        audit.setItemLabelGenerator(id -> ANY.equals(id) ? ANY : registry.get(id).title());
        audit.setValue(ANY);
        severity.setLabel("From severity");
        severity.setItems(Severity.WARN, Severity.FAIL, Severity.INFO);
        severity.setValue(Severity.FAIL);
        window.setValue(360);
        window.setMin(0);
        window.setMax(10_080);
        targets.setItems(webhooks.list());
        targets.setItemLabelGenerator(target -> target.name() + " (" + target.kind().name().toLowerCase() + ")");
        Button add = new Button("Add rule", click -> add());
        add.setId("add-rule");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(audit, severity, window, targets, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        rules.addColumn(rule -> rule.auditId() == null ? ANY : rule.auditId()).setHeader("Audit").setAutoWidth(true);
        rules.addColumn(rule -> rule.minSeverity() + " and worse").setHeader("Findings").setAutoWidth(true);
        rules.addColumn(rule -> String.join(", ", rule.targets())).setHeader("Targets").setAutoWidth(true);
        rules.addColumn(rule -> rule.dedupWindowMinutes() + " min").setHeader("Same finding again after");
        rules.addComponentColumn(rule -> new HorizontalLayout(new Button("Send test", click -> sendTest(rule)),
                new Button("Remove", click -> remove(rule)))).setHeader("").setAutoWidth(true);
        rules.setAllRowsVisible(true);

        deliveries.addColumn(d -> Badges.time(d.at())).setHeader("When").setAutoWidth(true);
        deliveries.addComponentColumn(d -> Badges.of(d.status())).setHeader("Status").setAutoWidth(true);
        deliveries.addColumn(AlertDeliveryView::target).setHeader("Target").setAutoWidth(true);
        deliveries.addColumn(d -> d.runId() == null ? "test" : d.auditId() + " #" + d.runId()).setHeader("Run").setAutoWidth(true);
        deliveries.addColumn(AlertDeliveryView::findings).setHeader("Findings");
        deliveries.addColumn(AlertDeliveryView::attempts).setHeader("Attempts");
        deliveries.addColumn(d -> d.httpStatus() == 0 ? "" : String.valueOf(d.httpStatus())).setHeader("HTTP");
        deliveries.addColumn(d -> d.problem() == null ? "" : d.problem()).setHeader("Note").setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(d -> d.problem() == null ? "" : d.problem());

        Paragraph muted = new Paragraph(flags.isEnabled(Flag.ALERTS_MUTED)
                ? "Alerts are muted (runtime flag alerts.muted): deliveries are logged as MUTED and nothing is sent."
                : "Alerts are on. Mute them all with the runtime flag alerts.muted.");
        add(new H2("Alert rules"), new Paragraph("When an audit run ends, its findings at or above a rule's severity go to the rule's "
                + "webhook targets. A finding already sent to a target is not sent again within the window."), muted, form, rules,
                new H3("Delivery log"), deliveries);
        refresh();
    }

    private void add() {
        try {
            alerts.add(ANY.equals(audit.getValue()) ? null : audit.getValue(), severity.getValue(),
                    window.getValue() == null ? -1 : window.getValue(),
                    targets.getSelectedItems().stream().map(WebhookTargetView::id).collect(Collectors.toSet()));
            targets.clear();
            refresh();
            Notification.show("Rule added.");
        } catch (UserFacingException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void sendTest(AlertRuleView rule) {
        var outcomes = alerts.sendTest(rule.id());
        Notification.show(outcomes.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue().delivered()
                ? "delivered (HTTP " + e.getValue().status() + ")" : e.getValue().problem())).collect(Collectors.joining("; ")), 8000,
                Notification.Position.MIDDLE);
        refresh();
    }

    private void remove(AlertRuleView rule) {
        alerts.remove(rule.id());
        refresh();
    }

    private void refresh() {
        rules.setItems(alerts.rules());
        deliveries.setItems(alerts.deliveries(200));
    }

}
