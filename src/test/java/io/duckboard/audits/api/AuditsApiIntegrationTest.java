package io.duckboard.audits.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.duckboard.security.Roles;
import io.duckboard.security.UserService;
import io.duckboard.security.apikeys.ApiKeyService;
import io.duckboard.security.apikeys.ApiScope;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The audits API over real HTTP: who may read and run, the 202 and the run it points to, problem details for mistakes. */
@DuckboardAppTest
class AuditsApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApiKeyService keys;
    @Autowired
    UserService users;

    private String auditsKey;
    private String readKey;

    @BeforeEach
    void keys() {
        auditsKey = keys.create("audits-bot-" + System.nanoTime(), Set.of(ApiScope.AUDITS)).secret();
        readKey = keys.create("reader-" + System.nanoTime(), Set.of(ApiScope.READ)).secret();
    }

    @Test
    void a_key_with_scope_audits_starts_a_run_and_follows_its_steps() throws Exception {
        HttpResponse<String> started = send("POST", "/api/audits/run/data-quality", "Bearer " + auditsKey);

        assertThat(started.statusCode()).isEqualTo(202);
        Map<?, ?> body = JSON.readValue(started.body(), Map.class);
        long runId = ((Number) body.get("runId")).longValue();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/audits/session?runId=" + runId);

        Map<?, ?> run = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readValue(
                send("GET", "/api/audits/session?runId=" + runId, "Bearer " + auditsKey).body(), Map.class),
                r -> !"RUNNING".equals(r.get("status")));
        assertThat(run.get("auditId")).isEqualTo("data-quality");
        assertThat(run.get("requestedBy")).asString().startsWith("apikey:audits-bot-");
        List<?> steps = (List<?>) run.get("steps");
        assertThat(steps).hasSize(6);
        assertThat(steps).allSatisfy(step -> assertThat(((Map<?, ?>) step).get("status")).isNotIn("PENDING", "RUNNING"));
        assertThat((List<?>) ((Map<?, ?>) steps.getFirst()).get("findings")).isNotEmpty();
    }

    @Test
    void the_environment_key_works_like_a_stored_one() throws Exception {
        HttpResponse<String> started = send("POST", "/api/audits/run/configuration", "Bearer " + DuckboardAppTest.ENVIRONMENT_API_KEY);

        assertThat(started.statusCode()).isEqualTo(202);
        long runId = ((Number) JSON.readValue(started.body(), Map.class).get("runId")).longValue();
        HttpResponse<String> run = send("GET", "/api/audits/session?runId=" + runId, "Bearer " + DuckboardAppTest.ENVIRONMENT_API_KEY);
        assertThat(run.body()).contains("\"requestedBy\":\"apikey:environment\"");
    }

    @Test
    void the_list_and_the_latest_runs() throws Exception {
        HttpResponse<String> list = send("GET", "/api/audits", "Bearer " + auditsKey);

        assertThat(list.statusCode()).isEqualTo(200);
        List<?> audits = JSON.readValue(list.body(), List.class);
        assertThat(audits.stream().map(a -> String.valueOf(((Map<?, ?>) a).get("id"))).toList()).contains("configuration", "data-quality", "dataset-freshness");
        Map<?, ?> quality = (Map<?, ?>) audits.stream().filter(a -> "data-quality".equals(((Map<?, ?>) a).get("id"))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) quality.get("schedule")).get("cron")).isEqualTo("0 30 6 * * *");
        assertThat((List<?>) ((Map<?, ?>) quality.get("schedule")).get("nextRuns")).hasSize(3);

        send("POST", "/api/audits/run/test-failing", "Bearer " + auditsKey);
        await().atMost(Duration.ofSeconds(20)).until(() -> send("GET", "/api/audits/session", "Bearer " + auditsKey).body(),
                latest -> latest.contains("\"auditId\":\"test-failing\"") && !latest.contains("\"status\":\"RUNNING\""));
    }

    @Test
    void viewers_read_analysts_run_and_other_scopes_get_nothing() throws Exception {
        String viewer = TestUsers.ensure(users, "api-viewer", Roles.VIEWER);
        String analyst = TestUsers.ensure(users, "api-analyst", Roles.ANALYST);

        assertThat(basic("GET", "/api/audits", viewer).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = basic("POST", "/api/audits/run/test-failing", viewer);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(basic("POST", "/api/audits/run/test-failing", analyst).statusCode()).isEqualTo(202);
        assertThat(send("GET", "/api/audits", "Bearer " + readKey).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/audits", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/audits", "Bearer dbk_wrong_key").statusCode()).isEqualTo(401);
    }

    @Test
    void mistakes_are_problem_details_that_say_what_exists() throws Exception {
        HttpResponse<String> unknown = send("POST", "/api/audits/run/data-qualty", "Bearer " + auditsKey);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        Map<?, ?> problem = JSON.readValue(unknown.body(), Map.class);
        assertThat(problem.get("title")).isEqualTo("Unknown audit");
        assertThat(problem.get("detail")).asString().contains("There is no audit 'data-qualty'", "data-quality", "dataset-freshness");
        assertThat(((List<?>) problem.get("knownIds")).stream().map(String::valueOf).toList()).contains("configuration", "data-quality", "dataset-freshness");

        HttpResponse<String> noRun = send("GET", "/api/audits/session?runId=987654321", "Bearer " + auditsKey);
        assertThat(noRun.statusCode()).isEqualTo(404);
        assertThat(noRun.body()).contains("There is no audit run 987654321");

        for (String[] call : new String[][] {{"GET", "/api/audits/run/data-quality"}, {"POST", "/api/audits/run/"},
                {"GET", "/api/audits/nothing"}, {"DELETE", "/api/audits"}}) {
            HttpResponse<String> nowhere = send(call[0], call[1], "Bearer " + auditsKey);
            assertThat(nowhere.statusCode()).as(call[0] + " " + call[1]).isEqualTo(404);
            assertThat(nowhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(nowhere.body()).contains("No API endpoint answers " + call[0], "POST /api/audits/run/{id}");
        }

        for (String bad : new String[] {"abc", "", "-3", "99999999999999999999"}) {
            HttpResponse<String> badId = send("GET", "/api/audits/session?runId=" + bad, "Bearer " + auditsKey);
            assertThat(badId.statusCode()).as("runId=" + bad).isEqualTo(400);
            assertThat(badId.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(badId.body()).contains("runId must be a run number such as 42 (got '" + bad + "')")
                    .doesNotContain("Exception", "at io.", "Failed to convert");
        }
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> basic(String method, String path, String username) throws Exception {
        return HTTP.send(TestUsers.basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()), username).build(), HttpResponse.BodyHandlers.ofString());
    }
}
