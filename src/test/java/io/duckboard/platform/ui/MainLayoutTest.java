package io.duckboard.platform.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.duckboard.platform.UserFacingException;
import io.duckboard.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void the_home_view_opens_inside_the_shell() {
        UI.getCurrent().navigate("");

        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_get(EnvironmentBadge.class).getText()).isEqualTo("LOCAL");
    }

    @Test
    void the_side_navigation_is_built_from_the_views_menu_metadata() {
        UI.getCurrent().navigate("");

        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-navigation"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).contains("Home");
        assertThat(nav.getItems()).extracting(SideNavItem::getPath).contains("");
    }

    @Test
    void the_environment_badge_has_its_own_colour_class_per_environment() {
        for (var environment : io.duckboard.platform.environment.AppEnvironment.values()) {
            EnvironmentBadge badge = new EnvironmentBadge(environment);
            assertThat(badge.getText()).isEqualTo(environment.name());
            assertThat(badge.getClassNames()).contains("env-badge--" + environment.id());
        }
    }

    @Test
    void the_theme_toggle_switches_between_light_and_dark() {
        UI.getCurrent().navigate("");
        ThemeToggle toggle = _get(ThemeToggle.class);
        assertThat(toggle.isDark()).isFalse();

        _click(toggle);
        assertThat(toggle.isDark()).isTrue();
        assertThat(UI.getCurrent().getPage().getColorScheme().name()).isEqualTo("DARK");

        _click(toggle);
        assertThat(toggle.isDark()).isFalse();
    }

    @Test
    void an_unexpected_error_shows_a_notification_with_a_reference_and_no_internals() {
        UI.getCurrent().navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("secret internals")));

        Notification shown = NotificationsKt.getNotifications().getLast();
        String text = shown.getElement().getProperty("text");
        assertThat(text).startsWith("Something went wrong").doesNotContain("secret internals");
    }

    @Test
    void a_user_facing_error_shows_its_own_message() {
        UI.getCurrent().navigate("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new RuntimeException(new UserFacingException("The bucket 'lake' does not exist."))));

        NotificationsKt.expectNotifications("The bucket 'lake' does not exist.");
    }
}
