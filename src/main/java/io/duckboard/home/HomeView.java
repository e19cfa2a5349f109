package io.duckboard.home;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.platform.lifecycle.AppRunSummary;
import io.duckboard.security.Roles;
import io.duckboard.platform.status.ComponentHealth;
import io.duckboard.platform.status.SystemStatus;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Version, environment, uptime, previous run, and the health of each component. */
@PermitAll
@Route("")
@PageTitle("Home · Duckboard")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout {

    private final SystemStatus status;
    private final boolean showDetails;
    private final Div facts = new Div();
    private final Div health = new Div();

    public HomeView(SystemStatus status, AuthenticationContext authentication) {
        this.status = status;
        // component details name files and versions: like /actuator/health, only ADMINs see them
        this.showDetails = authentication.hasRole(Roles.ADMIN);
        facts.addClassName("card-row");
        facts.setId("home-facts");
        health.addClassName("card-row");
        health.setId("home-health");
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Duckboard"), facts, new H3("Health"), health, refresh);
        refresh();
    }

    private void refresh() {
        facts.removeAll();
        facts.add(card("Version", status.version()),
                card("Environment", status.environment().name()),
                card("Uptime", humanize(status.uptime())),
                card("Previous run", status.previousRun().map(HomeView::describe).orElse("first start")));
        health.removeAll();
        status.components().forEach(component -> health.add(healthCard(component, showDetails)));
    }

    private static Component card(String label, String value) {
        Div card = new Div(new Span(label), new Span(value));
        card.addClassName("fact-card");
        return card;
    }

    private static Component healthCard(ComponentHealth component, boolean withDetails) {
        Span badge = new Span(component.status());
        badge.addClassNames("status-badge", component.isUp() ? "status-badge--up" : "status-badge--down");
        Div card = new Div(new Span(component.name()), badge, new Span(withDetails ? detailsText(component.details()) : ""));
        card.addClassName("fact-card");
        card.setId("health-" + component.name());
        return card;
    }

    private static String detailsText(Map<String, Object> details) {
        return details.entrySet().stream()
                .filter(e -> !(e.getValue() instanceof Map))
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static String describe(AppRunSummary run) {
        return run.endedCleanly()
                ? "version " + run.version() + ", stopped cleanly"
                : "version " + run.version() + ", did not stop cleanly";
    }

    static String humanize(Duration duration) {
        long days = duration.toDays();
        if (days > 0) {
            return "%d d %d h".formatted(days, duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return "%d h %02d min".formatted(duration.toHours(), duration.toMinutesPart());
        }
        return "%d min %02d s".formatted(duration.toMinutes(), duration.toSecondsPart());
    }
}
