package io.duckboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.security.apikeys.ApiKeyService;
import io.duckboard.security.apikeys.ApiScope;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets what over HTTP: uptime monitors, people with HTTP Basic, machines with API keys. */
@DuckboardAppTest
class SecurityIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService keys;

    @Test
    void uptime_monitors_get_health_without_signing_in_but_no_details() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"duckdb\":{\"status\":\"UP\"}").doesNotContain("details", "sizeBytes");
    }

    @Test
    void info_and_metrics_refuse_anonymous_callers_with_a_problem_that_says_what_to_do() throws Exception {
        for (String path : new String[] {"/actuator/info", "/actuator/prometheus", "/api/anything"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).contains("Bearer <API key>");
        }
    }

    @Test
    void a_viewer_is_refused_metrics_and_an_admin_gets_them() throws Exception {
        String viewer = TestUsers.ensure(users, "sec-viewer", Roles.VIEWER);
        String admin = TestUsers.ensure(users, "sec-admin", Roles.ADMIN);

        String analyst = TestUsers.ensure(users, "sec-analyst", Roles.ANALYST);
        assertThat(basic("/actuator/prometheus", viewer).statusCode()).isEqualTo(403);
        assertThat(basic("/actuator/info", analyst).statusCode()).isEqualTo(403);
        assertThat(basic("/api/undeclared", analyst).statusCode()).as("undeclared API endpoints are closed").isEqualTo(403);
        HttpResponse<String> asAdmin = basic("/actuator/prometheus", admin);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void a_one_time_password_does_not_open_the_apis() throws Exception {
        String temporary = users.create("fresh-admin", Set.of(Roles.ADMIN));
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/info"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("fresh-admin:" + temporary).getBytes())).build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("one-time password");
    }

    @Test
    void a_wrong_password_is_a_401() throws Exception {
        TestUsers.ensure(users, "sec-admin", Roles.ADMIN);
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/info"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("sec-admin:nope".getBytes())).build();

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void api_keys_work_within_their_scope_until_revoked() throws Exception {
        ApiKeyService.CreatedKey metrics = keys.create("prometheus", Set.of(ApiScope.METRICS));
        ApiKeyService.CreatedKey readOnly = keys.create("reader", Set.of(ApiScope.READ));

        assertThat(get("/actuator/prometheus", metrics.secret()).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", readOnly.secret()).statusCode()).isEqualTo(403);
        assertThat(keys.list()).filteredOn(key -> key.id() == metrics.key().id())
                .singleElement().satisfies(key -> assertThat(key.lastUsedAt()).isNotNull());

        keys.revoke(metrics.key().id());
        HttpResponse<String> revoked = get("/actuator/prometheus", metrics.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("not valid or was revoked");
        assertThat(get("/actuator/prometheus", "dbk_nonsense_key").statusCode()).isEqualTo(401);
    }

    @Test
    void the_ui_sends_anonymous_visitors_to_the_login_page() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/data")).build(), HttpResponse.BodyHandlers.ofString());

        boolean redirected = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
        assertThat(redirected || response.body().contains("login")).as("status %d", response.statusCode()).isTrue();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> basic(String path, String username) throws Exception {
        return HTTP.send(TestUsers.basic(HttpRequest.newBuilder(uri(path)), username).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
