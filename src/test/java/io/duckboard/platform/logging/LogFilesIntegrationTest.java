package io.duckboard.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.testsupport.LogFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Starts a small Spring application with the real {@code logback-spring.xml} and checks what lands in
 * which file. Each test uses its own log folder so that files from other tests cannot satisfy it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFilesIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger("io.duckboard.logtest");

    private final Path dir = Path.of("target/test-logs", UUID.randomUUID().toString());

    @Test
    void a_debug_line_is_json_with_timestamp_level_logger_message_and_request_id() {
        try (var app = start("local")) {
            MDC.put(RequestIdFilter.MDC_KEY, "req-0123456789");
            log.debug("counted {} recipes", 42);
            MDC.clear();

            JsonNode line = LogFiles.awaitLine(dir.resolve("local_debug.log"), "counted 42 recipes");
            assertThat(line.get("timestamp").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
            assertThat(line.get("level").asString()).isEqualTo("DEBUG");
            assertThat(line.get("logger").asString()).isEqualTo("io.duckboard.logtest");
            assertThat(line.get("requestId").asString()).isEqualTo("req-0123456789");
            assertThat(line.get("env").asString()).isEqualTo("local");
            assertThat(line.has("LOG_DIR")).as("context properties stay out of the lines").isFalse();
        }
    }

    @Test
    void errors_reach_the_errors_file_with_their_stack_trace_and_nothing_less_severe_does() {
        try (var app = start("local")) {
            log.warn("only a warning");
            log.error("load failed", new IllegalStateException("corrupt parquet"));

            JsonNode line = LogFiles.awaitLine(dir.resolve("local_errors.log"), "load failed");
            assertThat(line.get("stack_trace").asString()).contains("IllegalStateException: corrupt parquet");
            LogFiles.awaitLine(dir.resolve("local_debug.log"), "only a warning");
            assertThat(LogFiles.read(dir.resolve("local_errors.log"))).doesNotContain("only a warning");
        }
    }

    @Test
    void a_closed_push_connection_is_a_debug_line_not_an_error() {
        try (var app = start("local")) {
            LoggerFactory.getLogger("org.atmosphere.cpr.AsynchronousProcessor").error("Failed to cancel resource: 2ae00d3c",
                    new IllegalStateException("The remote endpoint was in state [TEXT_FULL_WRITING]"));
            log.error("a real error after it");

            LogFiles.awaitLine(dir.resolve("local_debug.log"), "push connection closed while the server was writing");
            LogFiles.awaitLine(dir.resolve("local_errors.log"), "a real error after it");
            assertThat(LogFiles.read(dir.resolve("local_errors.log"))).doesNotContain("Failed to cancel resource");
        }
    }

    @Test
    void user_actions_go_to_the_interactions_file_only() {
        try (var app = start("local")) {
            UserActions actions = app.getBean(UserActions.class);
            actions.action("export", Map.of("table", "recipes"));
            actions.performance("load", Duration.ofMillis(1234), 178_265);

            JsonNode action = LogFiles.awaitLine(dir.resolve("local_user_interactions.log"), "action=export");
            assertThat(action.get("action").asString()).isEqualTo("export");
            assertThat(action.get("details").get("table").asString()).isEqualTo("recipes");
            JsonNode perf = LogFiles.awaitLine(dir.resolve("local_user_interactions.log"), "operation=load");
            assertThat(perf.get("durationMs").asLong()).isEqualTo(1234);
            assertThat(perf.get("records").asLong()).isEqualTo(178_265);
            assertThat(LogFiles.read(dir.resolve("local_debug.log"))).doesNotContain("action=export");
        }
    }

    @Test
    void prod_writes_prod_files_and_keeps_the_console_at_warn(CapturedOutput output) {
        try (var app = start("prod")) {
            log.info("prod info line");
            log.warn("prod warn line");

            JsonNode warn = LogFiles.awaitLine(dir.resolve("prod_debug.log"), "prod warn line");
            LogFiles.awaitLine(dir.resolve("prod_debug.log"), "prod info line");
            assertThat(warn.get("env").asString()).isEqualTo("prod");
            assertThat(dir.resolve("prod_errors.log")).exists();
            assertThat(dir.resolve("prod_user_interactions.log")).exists();
            assertThat(dir.resolve("local_debug.log")).doesNotExist();
            assertThat(output.getOut()).contains("prod warn line").doesNotContain("prod info line");
        }
    }

    @Test
    void a_known_secret_is_masked_in_json_lines_and_stack_traces(CapturedOutput output) {
        try (var app = start("local")) {
            KnownSecrets.register("s3cr3t-AKIA-value");
            log.warn("connecting with s3cr3t-AKIA-value");
            log.error("failed", new IllegalStateException("bad key s3cr3t-AKIA-value"));

            JsonNode warn = LogFiles.awaitLine(dir.resolve("local_debug.log"), "connecting with");
            JsonNode error = LogFiles.awaitLine(dir.resolve("local_errors.log"), "failed");
            assertThat(warn.get("message").asString()).isEqualTo("connecting with ••••");
            assertThat(error.get("stack_trace").asString()).contains("bad key ••••").doesNotContain("s3cr3t");
            assertThat(output.getOut()).contains("connecting with ••••").doesNotContain("s3cr3t-AKIA-value");
        }
    }

    private ConfigurableApplicationContext start(String env) {
        return new SpringApplicationBuilder(UserActions.class)
                .web(WebApplicationType.NONE)
                .run("--APP_ENV=" + env, "--duckboard.logs-dir=" + dir, "--spring.main.banner-mode=off");
    }
}
