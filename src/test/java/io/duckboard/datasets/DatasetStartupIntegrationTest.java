package io.duckboard.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.security.UserService;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The application's own first start: empty lake → demo data → snapshot → health UP with the version. */
@DuckboardAppTest
class DatasetStartupIntegrationTest {

    private static final GeneratorSpec TEST_SCALE = new GeneratorSpec(0.01, 42);

    @Autowired
    DatasetService datasets;

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void the_first_start_fills_an_empty_lake_loads_it_and_reports_health() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> datasets.status().serving() != null && !datasets.status().loading());

        DatasetLoadView serving = datasets.status().serving();
        assertThat(serving.rowCounts()).containsEntry("recipes", TEST_SCALE.recipes())
                .containsEntry("interactions", TEST_SCALE.interactions()).containsEntry("users", TEST_SCALE.users());
        String admin = TestUsers.ensure(users, "ops-admin", "ADMIN");
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                TestUsers.basic(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")), admin).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode component = JsonMapper.builder().build().readTree(health.body()).get("components").get("datasets");
        assertThat(component.get("status").asString()).isEqualTo("UP");
        assertThat(component.get("details").get("snapshotVersion").asLong()).isEqualTo(serving.id());
        assertThat(component.get("details").get("rows").get("interactions").asLong()).isEqualTo(TEST_SCALE.interactions());
    }
}
