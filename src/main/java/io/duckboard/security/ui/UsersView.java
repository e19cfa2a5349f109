package io.duckboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import io.duckboard.security.UserAccount;
import io.duckboard.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** ADMIN: create users, give roles, disable, reset passwords. */
@Route("settings/users")
@PageTitle("Users · Duckboard")
@Menu(title = "Users", order = 80, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final UserService users;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField username = new TextField("User name");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");

    public UsersView(UserService users) {
        this.users = users;
        setId("users-view");
        username.setId("new-username");
        roles.setId("new-roles");
        roles.setItems(Roles.ALL);
        roles.setValue(Set.of(Roles.VIEWER));
        Button create = new Button("Create user", click -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, roles, create);
        form.setAlignItems(Alignment.BASELINE);
        configureGrid();
        add(new H2("Users"), form, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addColumn(UserAccount::username).setHeader("User").setAutoWidth(true);
        grid.addComponentColumn(this::roleEditor).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? "active" : "disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(user -> user.lastLoginAt() == null ? "never" : TIME.format(user.lastLoginAt())).setHeader("Last sign-in");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    private CheckboxGroup<String> roleEditor(UserAccount user) {
        CheckboxGroup<String> editor = new CheckboxGroup<>();
        editor.setItems(Roles.ALL);
        editor.setValue(user.roles());
        editor.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                attempt(() -> users.setRoles(user.username(), change.getValue()), "Roles of " + user.username() + " saved.");
            }
        });
        return editor;
    }

    private HorizontalLayout actions(UserAccount user) {
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable",
                click -> attempt(() -> users.setEnabled(user.username(), !user.enabled()), user.username() + " updated."));
        Button reset = new Button("Reset password", click -> {
            try {
                String temporary = users.resetPassword(user.username());
                new OneTimeSecretDialog("Temporary password for " + user.username(),
                        "Give it to " + user.username() + " safely; it is shown only now and must be changed at the next sign-in.",
                        temporary).open();
            } catch (UserFacingException e) {
                Notification.show(e.getMessage());
            }
        });
        return new HorizontalLayout(toggle, reset);
    }

    private void create() {
        try {
            String temporary = users.create(username.getValue().strip(), roles.getValue());
            new OneTimeSecretDialog("User " + username.getValue().strip() + " created",
                    "Their temporary password is shown only now; they must change it at the first sign-in.", temporary).open();
            username.clear();
            username.setInvalid(false);
            refresh();
        } catch (UserFacingException e) {
            username.setErrorMessage(e.getMessage());
            username.setInvalid(true);
        }
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (UserFacingException e) {
            Notification.show(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
