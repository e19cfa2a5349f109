package io.duckboard.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.duckboard.home.HomeView;
import io.duckboard.security.Roles;
import io.duckboard.security.UserService;
import io.duckboard.security.apikeys.ApiKeyService;
import io.duckboard.testsupport.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

class SecurityViewsTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    ApiKeyService keys;

    @Test
    void a_temporary_password_sends_the_user_to_change_it_before_anything_else() {
        String temporary = users.create("newcomer", Set.of(Roles.VIEWER));
        login("newcomer", Roles.VIEWER);

        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(ChangePasswordView.class)).isNotNull();

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), temporary);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("change-password-button")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage()).contains("at least 12");

        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "a-much-longer-secret");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "a-much-longer-secret");
        _click(_get(Button.class, spec -> spec.withId("change-password-button")));

        assertThat(users.mustChangePassword("newcomer")).isFalse();
        assertThat(_get(HomeView.class)).isNotNull();
    }

    @Test
    void the_login_page_explains_a_lock_out_and_a_disabled_account_but_not_whether_a_user_exists() {
        assertThat(LoginView.messageFor(new LockedException("Too many failed sign-ins. Try again in 3 minutes.")))
                .contains("Try again in 3 minutes");
        assertThat(LoginView.messageFor(new DisabledException("x"))).contains("disabled");
        assertThat(LoginView.messageFor(null)).isEqualTo("Wrong user name or password.");
    }

    @Test
    void an_admin_creates_a_user_and_sees_the_temporary_password_once() {
        UI.getCurrent().navigate(UsersView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "carol");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        String shown = _get(TextField.class, spec -> spec.withId("one-time-secret-value")).getValue();
        assertThat(shown).hasSize(20);
        assertThat(users.list()).anySatisfy(user -> {
            assertThat(user.username()).isEqualTo("carol");
            assertThat(user.roles()).containsExactly(Roles.VIEWER);
            assertThat(user.mustChangePassword()).isTrue();
        });
    }

    @Test
    void a_bad_user_name_is_a_field_error_and_creates_nothing() {
        UI.getCurrent().navigate(UsersView.class);
        int before = users.list().size();

        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), "no spaces allowed!");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        TextField field = _get(TextField.class, spec -> spec.withId("new-username"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("3 to 64 letters");
        assertThat(users.list()).hasSize(before);
    }

    @Test
    void an_admin_creates_an_api_key_that_is_shown_once_and_works() {
        UI.getCurrent().navigate(ApiKeysView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("key-name")), "shop-site");
        _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("key-scopes"))
                .setValue(Set.of(io.duckboard.security.apikeys.ApiScope.INGEST));
        _click(_get(Button.class, spec -> spec.withId("create-key")));

        String secret = _get(TextField.class, spec -> spec.withId("one-time-secret-value")).getValue();
        assertThat(secret).startsWith("dbk_");
        assertThat(keys.authenticate(secret)).hasValueSatisfying(caller -> assertThat(caller.name()).isEqualTo("shop-site"));
    }

    @Test
    void a_viewer_typing_an_analyst_address_gets_a_plain_refusal_inside_the_shell() {
        login("curious-viewer", Roles.VIEWER);

        UI.getCurrent().navigate("data");

        assertThat(_get(io.duckboard.platform.ui.AccessDeniedView.class).getElement().getTextRecursively())
                .contains("Not for your role", "/data", "ask an administrator for the ANALYST or ADMIN role", "Back to Home");
        assertThat(_get(io.duckboard.platform.ui.MainLayout.class)).isNotNull();
    }

    @Test
    void the_refusal_names_the_role_that_opens_the_page() {
        login("busy-analyst", Roles.ANALYST);

        UI.getCurrent().navigate("settings/alerts");

        assertThat(_get(io.duckboard.platform.ui.AccessDeniedView.class).getElement().getTextRecursively())
                .contains("/settings/alerts", "ask an administrator for the ADMIN role").doesNotContain("ANALYST");
    }

    @Test
    void a_viewer_does_not_see_admin_or_analyst_pages_in_the_menu() {
        login("just-viewing", Roles.VIEWER);
        UI.getCurrent().navigate(HomeView.class);

        var labels = _get(com.vaadin.flow.component.sidenav.SideNav.class, spec -> spec.withId("main-navigation")).getItems()
                .stream().map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).toList();
        assertThat(labels).contains("Home").doesNotContain("Data", "Users", "API keys");
    }
}
