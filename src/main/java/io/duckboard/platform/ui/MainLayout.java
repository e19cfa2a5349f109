package io.duckboard.platform.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.duckboard.platform.environment.AppEnvironment;
import io.duckboard.platform.logging.UserActions;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every view: product name, environment badge, theme toggle and a side navigation
 * built from the views' {@code @Menu} metadata, so a feature adds itself without touching this class.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final UserActions userActions;

    public MainLayout(AppEnvironment environment, UserActions userActions, AuthenticationContext authentication) {
        this.userActions = userActions;
        Span product = new Span("Duckboard");
        product.addClassName("product-name");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), product, spacer, new EnvironmentBadge(environment), new ThemeToggle(userActions),
                userMenu(authentication));
        addToDrawer(new Scroller(navigation()));
        setPrimarySection(Section.DRAWER);
    }

    /** The signed-in user's name, with "Change password" and "Sign out". */
    private static Component userMenu(AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem user = menu.addItem(authentication.getPrincipalName().orElse("not signed in"));
        user.getSubMenu().addItem("Change password", click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("change-password")));
        user.getSubMenu().addItem("Sign out", click -> authentication.logout());
        return menu;
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            Icon icon = icon(entry.icon());
            if (icon != null) {
                item.setPrefixComponent(icon);
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** Menu icons are written as {@code collection:name}, e.g. {@code vaadin:home}. */
    private static @Nullable Icon icon(@Nullable String spec) {
        if (spec == null || !spec.contains(":")) {
            return null;
        }
        String[] parts = spec.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        userActions.action("navigate", Map.of("to", "/" + event.getLocation().getPathWithQueryParameters()));
    }
}
