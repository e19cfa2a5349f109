package io.duckboard.platform.ui;

import com.vaadin.flow.component.html.Span;
import io.duckboard.platform.environment.AppEnvironment;

/** LOCAL / PREPROD / PROD in a distinct colour, so nobody mistakes production for a test instance. */
public class EnvironmentBadge extends Span {

    public EnvironmentBadge(AppEnvironment environment) {
        super(environment.name());
        addClassNames("env-badge", "env-badge--" + environment.id());
        getElement().setAttribute("title", "You are on the " + environment.name() + " instance");
        setId("environment-badge");
    }
}
