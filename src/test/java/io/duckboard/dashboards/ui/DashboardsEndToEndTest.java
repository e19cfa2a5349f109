package io.duckboard.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.duckboard.datasets.DatasetService;
import io.duckboard.security.Roles;
import io.duckboard.security.UserService;
import io.duckboard.testsupport.Browser;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dashboards in a real headless Chromium: every chart's SVG is drawn, a filter change redraws, no error. */
@DuckboardAppTest
class DashboardsEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    DatasetService datasets;

    @Test
    void every_dashboard_draws_its_charts_and_a_filter_change_redraws_them() throws Exception {
        Path chromium = Browser.chromium();
        Path playwright = Browser.playwright();
        await().atMost(Duration.ofSeconds(60)).until(() -> datasets.status().serving() != null && !datasets.status().loading());
        String user = TestUsers.ensure(users, "e2e-viewer", Roles.VIEWER);
        Path script = playwright.resolve("dashboards.e2e.js");
        Files.copy(Path.of("src/test/resources/e2e/dashboards.e2e.js"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/e2e/session.js"), playwright.resolve("session.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Process node = new ProcessBuilder("node", script.getFileName().toString(), "http://localhost:" + port, user, TestUsers.PASSWORD,
                chromium.toString()).directory(playwright.toFile()).redirectErrorStream(true).start();
        assertThat(node.waitFor(3, TimeUnit.MINUTES)).as("the browser run finished").isTrue();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String json = output.substring(output.lastIndexOf('\n') + 1);
        JsonNode report = JsonMapper.builder().build().readTree(json);

        assertThat(node.exitValue()).as(output).isZero();
        for (String view : new String[] {"overview", "trends", "seasonality", "weekend", "ratings", "recipe/1"}) {
            assertThat(report.get("views").get(view).get("charts").asInt()).as(view + " charts drawn").isGreaterThanOrEqualTo(2);
        }
        assertThat(report.get("filterChange").get("url").asString()).contains("rmin=4");
        assertThat(report.get("back").get("url").asString()).as("back returns to the previous filters").doesNotContain("rmin=4")
                .contains("from=2005-01-01");
        assertThat(report.get("back").get("rmin").asString()).isNotEqualTo("4");
        assertThat(report.get("forward").get("url").asString()).contains("rmin=4");
        assertThat(report.get("forward").get("rmin").asString()).isEqualTo("4");
        assertThat(report.get("chartsWithMenu").asInt()).as("every chart on the page has the download menu").isEqualTo(3);
        assertThat(report.get("downloads").toString()).contains("Download SVG", "Download PNG", "Download CSV");
        assertThat(report.get("pageErrors")).isEmpty();
        assertThat(report.get("errorNotifications").asInt()).isZero();
    }
}
