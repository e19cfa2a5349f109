package io.duckboard.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import io.duckboard.settings.webhooks.Delivery;
import io.duckboard.settings.webhooks.WebhookKind;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.settings.webhooks.WebhookTargetView;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN: webhook targets for alerts (generic JSON, Slack, Discord), each with "Send test". URLs are shown masked. */
@Route("settings/notifications")
@PageTitle("Notifications · Duckboard")
@Menu(title = "Notifications", order = 71, icon = "vaadin:bell-o")
@RolesAllowed(Roles.ADMIN)
public class NotificationsView extends VerticalLayout {

    private final WebhookService webhooks;
    private final Grid<WebhookTargetView> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final Select<WebhookKind> kind = new Select<>();
    private final TextField url = new TextField("Webhook URL");
    private final Span result = new Span();

    public NotificationsView(WebhookService webhooks) {
        this.webhooks = webhooks;
        setId("notifications-view");
        name.setId("webhook-name");
        url.setId("webhook-url");
        url.setWidth("28rem");
        kind.setId("webhook-kind");
        kind.setLabel("Kind");
        kind.setItems(WebhookKind.values());
        kind.setValue(WebhookKind.GENERIC);
        result.setId("webhook-result");
        Button add = new Button("Add target", click -> add());
        add.setId("add-webhook");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, kind, url, add);
        form.setAlignItems(Alignment.BASELINE);
        grid.setId("webhooks-grid");
        grid.addColumn(WebhookTargetView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(target -> target.kind().name().toLowerCase()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(WebhookTargetView::maskedUrl).setHeader("URL").setAutoWidth(true);
        grid.addComponentColumn(target -> new HorizontalLayout(
                new Button("Send test", click -> sendTest(target)),
                new Button("Remove", click -> { webhooks.remove(target.id()); refresh(); }))).setHeader("");
        grid.setAllRowsVisible(true);
        add(new H2("Notifications"), new Paragraph("Where audit alerts are delivered. The URL is stored encrypted and never shown again in full."),
                form, result, grid);
        refresh();
    }

    private void add() {
        try {
            webhooks.add(name.getValue(), kind.getValue(), url.getValue());
            name.clear();
            url.clear();
            url.setInvalid(false);
            result.setText("Target added. Send a test to check it.");
            refresh();
        } catch (UserFacingException e) {
            boolean aboutName = e.getMessage().contains("name") || e.getMessage().startsWith("There is already");
            TextField field = aboutName ? name : url;
            (aboutName ? url : name).setInvalid(false);
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    void sendTest(WebhookTargetView target) {
        Delivery delivery = webhooks.sendTest(target.id());
        result.setText(delivery.delivered()
                ? "✔ Test delivered to " + target.name() + " (HTTP " + delivery.status() + ", " + delivery.took().toMillis() + " ms)."
                : "✘ Test to " + target.name() + " failed: " + delivery.problem() + ".");
    }

    private void refresh() {
        grid.setItems(webhooks.list());
    }
}
