package io.duckboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.UserService;
import jakarta.annotation.security.PermitAll;

/** Change one's own password; also where a temporary password leads. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change password · Duckboard")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");

    public ChangePasswordView(UserService users, AuthenticationContext authentication) {
        setId("change-password-view");
        setMaxWidth("28rem");
        current.setId("current-password");
        replacement.setId("new-password");
        repeat.setId("repeat-password");
        String username = authentication.getPrincipalName().orElse("");
        Button save = new Button("Change password", click -> save(users, username));
        save.setId("change-password-button");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String why = users.mustChangePassword(username)
                ? "Your password was set by someone else (first start or a reset): choose your own before you go on."
                : "Choose a new password.";
        add(new H2("Change password"), new Paragraph(why), current, replacement, repeat, save);
        for (PasswordField field : new PasswordField[] {current, replacement, repeat}) {
            field.setWidthFull();
        }
    }

    private void save(UserService users, String username) {
        current.setInvalid(false);
        replacement.setInvalid(false);
        repeat.setInvalid(false);
        if (!replacement.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two new passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        try {
            users.changePassword(username, current.getValue(), replacement.getValue());
            UI.getCurrent().navigate("");
        } catch (UserFacingException e) {
            PasswordField field = e.getMessage().startsWith("The current") ? current : replacement;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }
}
