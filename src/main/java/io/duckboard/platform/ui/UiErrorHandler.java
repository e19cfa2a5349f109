package io.duckboard.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.logging.RequestIdFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The one UI error handler: the user gets a notification in plain words (with a reference to quote),
 * the error log gets the stack trace. A {@link UserFacingException} shows its own message.
 */
@Component
class UiErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        @Nullable String reference = MDC.get(RequestIdFilter.MDC_KEY);
        log.error("Unhandled UI error (reference {})", reference, error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(messageFor(error, reference)));
        }
    }

    static String messageFor(Throwable error, @Nullable String reference) {
        UserFacingException userFacing = find(error);
        if (userFacing != null) {
            return userFacing.getMessage();
        }
        return "Something went wrong and it was logged. If it happens again, quote reference "
                + (reference == null ? "(none)" : reference) + " to your administrator.";
    }

    private static @Nullable UserFacingException find(Throwable error) {
        for (@Nullable Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException userFacing) {
                return userFacing;
            }
        }
        return null;
    }

    private static void show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
