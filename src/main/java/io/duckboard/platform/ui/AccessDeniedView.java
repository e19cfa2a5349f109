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
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
        String path = event.getLocation().getPath();
        message.setText("Your role does not open /" + path + ". If you need it, ask an administrator for "
                + rolesThatOpen(path) + ".");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The roles the page declares (its {@code @RolesAllowed}), in words: "the ADMIN role", "the ANALYST or ADMIN role". */
    private static String rolesThatOpen(String path) {
        List<String> roles = RouteConfiguration.forApplicationScope().getRoute(path)
                .map(target -> target.getAnnotation(RolesAllowed.class))
                .map(allowed -> Arrays.stream(allowed.value()).sorted(Comparator.reverseOrder()).toList())
                .orElse(List.of());
        return roles.isEmpty() ? "access to it" : "the " + String.join(" or ", roles) + " role";
    }
}
