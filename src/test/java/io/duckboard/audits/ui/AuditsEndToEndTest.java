package io.duckboard.audits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.audits.TestAudits;
import io.duckboard.security.Roles;
import io.duckboard.security.UserService;
import io.duckboard.testsupport.Browser;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.TestUsers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** In a real browser: "Run now", the run waits, the server pushes the rest without a reload; the session also opens the API. */
@DuckboardAppTest
class AuditsEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    @Test
    void run_now_shows_the_steps_advancing_live() throws Exception {
        Path chromium = Browser.chromium();
        Path playwright = Browser.playwright();
        String user = TestUsers.ensure(users, "e2e-analyst", Roles.ANALYST);
        Path script = playwright.resolve("audits.e2e.js");
        Files.copy(Path.of("src/test/resources/e2e/audits.e2e.js"), script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/e2e/session.js"), playwright.resolve("session.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TestAudits.gate = new CountDownLatch(1);

        Process node = new ProcessBuilder("node", script.getFileName().toString(), "http://localhost:" + port, user, TestUsers.PASSWORD,
                chromium.toString()).directory(playwright.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.equals("GATE")) {
                    TestAudits.gate.countDown();
                }
            }
        } finally {
            TestAudits.gate.countDown();
        }
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("the browser run finished").isTrue();
        String text = output.toString().strip();
        JsonNode report = JsonMapper.builder().build().readTree(text.substring(text.lastIndexOf('\n') + 1));

        assertThat(node.exitValue()).as(text).isZero();
        assertThat(report.get("whileWaiting").toString()).isEqualTo("{\"first\":\"PASSED\",\"gate\":\"RUNNING\",\"last\":\"PENDING\"}");
        assertThat(report.get("afterPush").get("gate").asString()).isEqualTo("WARNED");
        assertThat(report.get("afterPush").get("samePage").asBoolean()).as("no reload: the server pushed the change").isTrue();
        assertThat(report.get("afterPush").get("progress").asDouble()).isEqualTo(1.0);
        assertThat(report.get("sessionApi").get("status").asInt()).as("the signed-in session opens the API").isEqualTo(200);
        assertThat(report.get("sessionApi").get("body").get("id").asLong()).isEqualTo(report.get("runId").asLong());
        assertThat(report.get("notFound").get("text").asString()).as("a mistyped address, said inside the shell")
                .contains("There is no page at /audits/runs/abc");
        assertThat(report.get("notFound").get("shell").asInt()).isEqualTo(1);
    }
}
