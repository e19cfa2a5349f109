package io.duckboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.security.UserService;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What uptime monitors and Prometheus see, over real HTTP on a random port. */
@DuckboardAppTest
class ActuatorIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    String admin;

    @BeforeEach
    void admin() {
        admin = TestUsers.ensure(users, "ops-admin", "ADMIN");
    }

    @Test
    void readiness_is_up_and_checks_the_app_database_and_duckdb() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(body.get("components").propertyNames()).contains("db", "duckdb", "readinessState");
    }

    @Test
    void liveness_is_up() throws Exception {
        HttpResponse<String> response = get("/actuator/health/liveness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void duckdb_health_names_the_file_its_size_and_version() throws Exception {
        JsonNode duckdb = JSON.readTree(get("/actuator/health").body()).get("components").get("duckdb");

        assertThat(duckdb.get("status").asString()).isEqualTo("UP");
        assertThat(duckdb.get("details").get("file").asString()).endsWith(".duckdb");
        assertThat(duckdb.get("details").get("sizeBytes").asLong()).isPositive();
        assertThat(duckdb.get("details").get("version").asString()).startsWith("v1.");
    }

    @Test
    void info_shows_environment_build_and_git_commit() throws Exception {
        JsonNode info = JSON.readTree(get("/actuator/info").body());

        assertThat(info.get("environment").get("name").asString()).isEqualTo("LOCAL");
        assertThat(info.get("build").get("version").asString()).isNotBlank();
        assertThat(info.get("git").get("commit").get("id").asString()).matches("[0-9a-f]{7,}");
    }

    @Test
    void prometheus_serves_jvm_and_http_metrics() throws Exception {
        get("/actuator/health");
        HttpResponse<String> response = get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("jvm_memory_used_bytes", "application=\"duckboard\"");
    }

    @Test
    void a_well_formed_request_id_is_kept_and_echoed() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "proxy-id-12345678");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("proxy-id-12345678");
    }

    @Test
    void a_hostile_request_id_is_replaced() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "x\"}{injected");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id ->
                assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void a_mistyped_actuator_address_is_a_404_not_a_healthy_page() throws Exception {
        HttpResponse<String> response = get("/actuator/helth");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    /** As an ADMIN over HTTP Basic: details, info and metrics are for ADMINs (SecurityIntegrationTest covers the rest). */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(TestUsers.basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)), admin).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String requestId) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("X-Request-Id", requestId).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
