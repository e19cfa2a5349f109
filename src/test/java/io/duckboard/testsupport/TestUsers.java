package io.duckboard.testsupport;

import io.duckboard.security.UserService;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/** Real users in the app database for HTTP tests, created once per test context. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    /** Makes sure {@code username} exists with these roles and {@link #PASSWORD}; returns the user name. */
    public static synchronized String ensure(UserService users, String username, String... roles) {
        if (users.list().stream().noneMatch(user -> user.username().equals(username))) {
            users.create(username, Set.of(roles), PASSWORD, false);
        }
        return username;
    }

    public static HttpRequest.Builder basic(HttpRequest.Builder request, String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }
}
