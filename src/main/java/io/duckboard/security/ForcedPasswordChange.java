package io.duckboard.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.security.ui.ChangePasswordView;
import io.duckboard.security.ui.LoginView;
import org.springframework.stereotype.Component;

/** A user whose password must change (first admin, reset) is sent to the change-password view from anywhere. */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final UserService users;

    ForcedPasswordChange(AuthenticationContext authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target == LoginView.class) {
                return;
            }
            authentication.getPrincipalName()
                    .filter(users::mustChangePassword)
                    .ifPresent(name -> enter.rerouteTo(ChangePasswordView.class));
        }));
    }
}
