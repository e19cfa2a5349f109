package io.duckboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a password or key once: it is not stored in a form we can show again. */
class OneTimeSecretDialog extends Dialog {

    OneTimeSecretDialog(String title, String explanation, String secret) {
        setHeaderTitle(title);
        setId("one-time-secret");
        TextField value = new TextField();
        value.setId("one-time-secret-value");
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        add(new Paragraph(explanation), value);
        getFooter().add(new Button("I have copied it", click -> close()));
        setWidth("34rem");
    }
}
