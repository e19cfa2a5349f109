package io.duckboard.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page the user's role does not allow: said plainly, inside the shell, with a way back. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final Paragraph message = new Paragraph();

    public AccessDeniedView() {
        setId("access-denied");
        add(new H2("Not for your role"), message, new Anchor("", "Back to Home"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        message.setText("Your role does not open /" + event.getLocation().getPath()
                + ". If you need it, ask an administrator for the ANALYST or ADMIN role.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
