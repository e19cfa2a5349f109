package io.duckboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.duckboard.datasets.ui.DataView;
import io.duckboard.home.HomeView;
import io.duckboard.platform.ui.MainLayout;
import io.duckboard.security.ui.ApiKeysView;
import io.duckboard.security.ui.ChangePasswordView;
import io.duckboard.security.ui.LoginView;
import io.duckboard.security.ui.UsersView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every route × anonymous, VIEWER, ANALYST, ADMIN. A new route without an access declaration, or
 * missing from this table, fails here: deciding who may open a page is part of adding it.
 */
class RouteAccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> PERSONAS = List.of(ANONYMOUS, Roles.VIEWER, Roles.ANALYST, Roles.ADMIN);

    /** Who may open each view. */
    private static final Map<Class<?>, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(LoginView.class, Set.of(ANONYMOUS, Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(HomeView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(ChangePasswordView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(DataView.class, Set.of(Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.OverviewView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.TrendsView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.SeasonalityView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.WeekendView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.RatingsView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.RecipesView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.dashboards.ui.RecipeView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(UsersView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(ApiKeysView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(io.duckboard.settings.ui.DataSourceSettingsView.class, Set.of(Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.settings.ui.FlagsView.class, Set.of(Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.settings.ui.NotificationsView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(io.duckboard.settings.ui.MasterKeyView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(io.duckboard.settings.ui.ChangeHistoryView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(io.duckboard.audits.ui.AuditsView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.audits.ui.AuditRunView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.audits.ui.AuditHistoryView.class, Set.of(Roles.VIEWER, Roles.ANALYST, Roles.ADMIN));
        EXPECTED.put(io.duckboard.audits.ui.AuditSchedulesView.class, Set.of(Roles.ADMIN));
        EXPECTED.put(io.duckboard.audits.ui.AlertRulesView.class, Set.of(Roles.ADMIN));
    }

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void every_route_declares_who_may_use_it_and_is_in_the_matrix() {
        List<Class<? extends Component>> routes = new Routes().autoDiscoverViews("io.duckboard").getRoutes().stream()
                .filter(type -> type.isAnnotationPresent(com.vaadin.flow.router.Route.class)).toList();

        assertThat(routes).isNotEmpty();
        for (Class<? extends Component> route : routes) {
            assertThat(declaresAccess(route)).as("%s declares @AnonymousAllowed, @PermitAll, @RolesAllowed or @DenyAll", route.getSimpleName()).isTrue();
            assertThat(EXPECTED).as("%s is in the access matrix of this test", route.getSimpleName()).containsKey(route);
        }
        assertThat(declaresAccess(MainLayout.class)).as("the layout declares access too (Vaadin 25)").isTrue();
    }

    @Test
    void each_persona_reaches_exactly_the_views_it_should() {
        for (var entry : EXPECTED.entrySet()) {
            for (String persona : PERSONAS) {
                boolean allowed = checker.hasAccess(entry.getKey(), principal(persona), role -> role.equals(persona));
                assertThat(allowed).as("%s for %s", entry.getKey().getSimpleName(), persona)
                        .isEqualTo(entry.getValue().contains(persona));
            }
        }
    }

    private static Principal principal(String persona) {
        return persona.equals(ANONYMOUS) ? null : () -> "user-" + persona;
    }

    private static boolean declaresAccess(Class<?> type) {
        return type.isAnnotationPresent(AnonymousAllowed.class) || type.isAnnotationPresent(PermitAll.class)
                || type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(DenyAll.class);
    }
}
