package io.duckboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import io.duckboard.security.apikeys.ApiKeyService;
import io.duckboard.security.apikeys.ApiKeyView;
import io.duckboard.security.apikeys.ApiScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** ADMIN: create API keys (shown once), see their prefix and last use, revoke them. */
@Route("settings/api-keys")
@PageTitle("API keys · Duckboard")
@Menu(title = "API keys", order = 81, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ApiKeyService keys;
    private final Grid<ApiKeyView> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");

    public ApiKeysView(ApiKeyService keys) {
        this.keys = keys;
        setId("api-keys-view");
        name.setId("key-name");
        name.setPlaceholder("e.g. prometheus");
        scopes.setId("key-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(ApiScope::id);
        Button create = new Button("Create key", click -> create());
        create.setId("create-key");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(Alignment.BASELINE);
        grid.setId("keys-grid");
        grid.addColumn(ApiKeyView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(key -> "dbk_" + key.prefix() + "_…").setHeader("Key").setAutoWidth(true);
        grid.addColumn(key -> String.join(", ", key.scopes())).setHeader("Scopes").setAutoWidth(true);
        grid.addColumn(key -> TIME.format(key.createdAt()) + " by " + key.createdBy()).setHeader("Created").setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? "never" : TIME.format(key.lastUsedAt())).setHeader("Last used");
        grid.addComponentColumn(key -> key.active()
                ? new Button("Revoke", click -> { keys.revoke(key.id()); refresh(); })
                : new Paragraph("revoked " + TIME.format(key.revokedAt()))).setHeader("");
        grid.setAllRowsVisible(true);
        add(new H2("API keys"), new Paragraph("Send a key as 'Authorization: Bearer <key>'. Keys are stored hashed: "
                + "the full key is shown once, when it is created."), form, grid);
        refresh();
    }

    private void create() {
        try {
            ApiKeyService.CreatedKey created = keys.create(name.getValue(), Set.copyOf(scopes.getValue()));
            new OneTimeSecretDialog("API key " + created.key().name(), "Copy it now: it is not stored and cannot be shown again.",
                    created.secret()).open();
            name.clear();
            name.setInvalid(false);
            refresh();
        } catch (UserFacingException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(keys.list());
    }
}
