package io.duckboard.dashboards.ui;

import static org.awaitility.Awaitility.await;

import io.duckboard.datasets.DatasetService;
import io.duckboard.security.Roles;
import io.duckboard.security.UserService;
import io.duckboard.testsupport.Browser;
import io.duckboard.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** In Chromium: a filter change → every chart of the view redrawn, per view, over distinct filters (no cache hits). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-bench;DB_CLOSE_DELAY=-1",
        "duckboard.data-dir=target/bench/browser-app",
        "duckboard.duckdb.file=target/bench/browser-app/serving.duckdb",
        "duckboard.logs-dir=target/bench/logs"
})
class DashboardsBrowserBench {

    private static final int CHANGES = 20;

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    DatasetService datasets;

    @Test
    void filter_change_redraw() throws Exception {
        await().atMost(Duration.ofMinutes(3)).until(() -> datasets.status().serving() != null && !datasets.status().loading());
        String user = TestUsers.ensure(users, "bench-analyst", Roles.ANALYST);
        Path playwright = Browser.playwright();
        Files.copy(Path.of("src/bench/resources/redraw.bench.js"), playwright.resolve("redraw.bench.js"), StandardCopyOption.REPLACE_EXISTING);
        Process node = new ProcessBuilder("node", "redraw.bench.js", "http://localhost:" + port, user, TestUsers.PASSWORD,
                Browser.chromium().toString(), Integer.toString(CHANGES)).directory(playwright.toFile()).redirectErrorStream(true).start();
        node.waitFor(15, TimeUnit.MINUTES);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        JsonNode results = JsonMapper.builder().build().readTree(output.substring(output.lastIndexOf('\n') + 1));
        if (results.has("failure")) {
            throw new IllegalStateException("The browser script failed: " + output);
        }
        long rows = datasets.status().serving().rowCounts().get("interactions");
        List<String> report = new ArrayList<>();
        report.add("# Dashboards in Chromium — filter change → all charts redrawn (%,d interactions, %d distinct changes per view)"
                .formatted(rows, CHANGES));
        report.add("");
        report.add("ms: from typing the number (node's clock) until every chart reported its update done and its SVG changed;");
        report.add("from Enter: the same end, measured in the page from the Enter key that commits the filter.");
        report.add("");
        report.add("| view | charts | p50 (ms) | p95 (ms) | max (ms) | from Enter p50 / p95 (ms) | target |");
        report.add("|---|---|---|---|---|---|---|");
        for (String name : List.of("overview", "trends", "seasonality", "weekend", "ratings")) {
            JsonNode view = results.get(name);
            JsonNode enter = view.get("enter");
            report.add("| %s | %d | %d | %d | %d | %d / %d | p95 ≤ 300 ms %s |".formatted(name, view.get("charts").asInt(),
                    view.get("p50").asInt(), view.get("p95").asInt(), view.get("max").asInt(), enter.get("p50").asInt(),
                    enter.get("p95").asInt(), view.get("p95").asInt() <= 300 ? "✔" : "✘"));
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target/bench/dashboardsBrowser.md"), report);
    }
}
