package io.duckboard.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.platform.UserFacingException;
import io.duckboard.security.Roles;
import io.duckboard.settings.secrets.MasterKeys;
import io.duckboard.settings.secrets.SecretsService;
import jakarta.annotation.security.RolesAllowed;

/** ADMIN: which master key protects the stored secrets, and rotating it. */
@Route("settings/master-key")
@PageTitle("Master key · Duckboard")
@Menu(title = "Master key", order = 73, icon = "vaadin:lock")
@RolesAllowed(Roles.ADMIN)
public class MasterKeyView extends VerticalLayout {

    private final SecretsService secrets;
    private final Paragraph status = new Paragraph();
    private final Span result = new Span();

    public MasterKeyView(SecretsService secrets) {
        this.secrets = secrets;
        setId("master-key-view");
        status.setId("master-key-status");
        result.setId("rotation-result");
        Button rotate = new Button("Rotate key", click -> rotate());
        rotate.setId("rotate-key");
        add(new H2("Master key"), status, new Paragraph("Rotating creates a new key and re-encrypts every stored secret "
                + "with it in one transaction. Back up the new key file afterwards."), rotate, result);
        show();
    }

    private void show() {
        SecretsService.KeyStatus key = secrets.status();
        status.setText("Key " + key.currentKeyId() + " from " + (key.source() == MasterKeys.Source.ENVIRONMENT
                ? MasterKeys.VARIABLE : "the key file") + " protects " + key.secrets() + " stored secret(s).");
    }

    private void rotate() {
        try {
            result.setText("Rotated: the new key is " + secrets.rotate() + ".");
        } catch (UserFacingException e) {
            result.setText(e.getMessage());
        }
        show();
    }
}
