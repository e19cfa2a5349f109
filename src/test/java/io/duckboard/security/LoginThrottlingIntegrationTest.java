package io.duckboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The real sign-in provider over the real user table: five wrong passwords lock the name, even for the right one. */
@DuckboardAppTest
class LoginThrottlingIntegrationTest {

    @Autowired
    ThrottledAuthenticationProvider provider;
    @Autowired
    UserService users;

    @Test
    void five_failures_lock_the_account_with_a_message_saying_how_long() {
        String name = TestUsers.ensure(users, "throttled-user", Roles.VIEWER);
        for (int i = 0; i < 5; i++) {
            String address = "198.51.100." + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(name, "wrong", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt(name, TestUsers.PASSWORD, "198.51.100.99")))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed sign-ins")
                .hasMessageContaining("Try again in 15 minutes");
    }

    @Test
    void the_right_password_signs_in_and_records_the_time() {
        String name = TestUsers.ensure(users, "fine-user", Roles.ANALYST);

        var result = provider.authenticate(attempt(name, TestUsers.PASSWORD, "198.51.101.1"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_ANALYST");
        assertThat(users.list()).filteredOn(u -> u.username().equals(name)).singleElement()
                .satisfies(u -> assertThat(u.lastLoginAt()).isNotNull());
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
