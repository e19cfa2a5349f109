package io.duckboard.audits.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.duckboard.audits.Severity;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.platform.flags.Flag;
import io.duckboard.platform.flags.RuntimeFlags;
import io.duckboard.settings.webhooks.WebhookKind;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.testsupport.DuckboardAppTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A failing audit's findings reach a real local HTTP server: retried on 500, sent once within the window, held back when muted. */
@DuckboardAppTest
class AlertRoutingIntegrationTest {

    @Autowired
    AlertService alerts;
    @Autowired
    WebhookService webhooks;
    @Autowired
    AuditRunner runner;
    @Autowired
    AuditRunStore runs;
    @Autowired
    RuntimeFlags flags;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<Long> rules = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alert-admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        rules.forEach(alerts::remove);
        flags.set(Flag.ALERTS_MUTED, "false");
        server.stop(0);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_failing_audit_is_delivered_once_after_retries_and_not_again_within_the_window() {
        long target = webhooks.add("alerts-" + System.nanoTime(), WebhookKind.GENERIC, url()).id();
        rules.add(alerts.add("test-failing", Severity.WARN, 60, Set.of(target)).id());
        failuresLeft.set(2);

        long first = runAndAwaitDelivery();

        AlertDeliveryView delivered = delivery(first);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivered.attempts()).as("500, 500, then 204").isEqualTo(3);
        assertThat(delivered.findings()).as("the FAIL and the WARN; INFO is below the rule").isEqualTo(2);
        assertThat(received).hasSize(3);
        assertThat(received.getLast()).contains("\"auditId\":\"test-failing\"", "\"severity\":\"FAIL\"", "3 rows are bad", "\"runId\":" + first,
                        "\"runUrl\":\"https://duckboard.example.test/audits/runs/" + first + "\"")
                .doesNotContain("checked 10 rows");

        long second = runAndAwaitDelivery();

        assertThat(delivery(second).status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(received).as("nothing new was posted").hasSize(3);
    }

    @Test
    void every_attempt_failing_is_logged_with_the_reason_and_muting_sends_nothing() {
        long target = webhooks.add("down-" + System.nanoTime(), WebhookKind.SLACK, url()).id();
        rules.add(alerts.add("test-failing", Severity.FAIL, 0, Set.of(target)).id());
        failuresLeft.set(10);

        AlertDeliveryView failed = delivery(runAndAwaitDelivery());
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.httpStatus()).isEqualTo(500);
        assertThat(failed.problem()).isEqualTo("the target answered HTTP 500");

        flags.set(Flag.ALERTS_MUTED, "true");
        int before = received.size();
        assertThat(delivery(runAndAwaitDelivery()).status()).isEqualTo(DeliveryStatus.MUTED);
        assertThat(received).hasSize(before);
    }

    @Test
    void send_test_reaches_each_target_and_is_logged() {
        long target = webhooks.add("test-" + System.nanoTime(), WebhookKind.DISCORD, url()).id();
        long rule = alerts.add(null, Severity.FAIL, 10, Set.of(target)).id();
        rules.add(rule);

        var outcomes = alerts.sendTest(rule);

        assertThat(outcomes.values()).allMatch(d -> d.delivered());
        assertThat(received.getLast()).startsWith("{\"content\":\"**Duckboard test message**");
        assertThat(alerts.deliveries(5).getFirst().status()).isEqualTo(DeliveryStatus.TEST);
    }

    @Test
    void a_rule_needs_a_target_and_a_known_audit() {
        assertThatThrownBy(() -> alerts.add("test-failing", Severity.FAIL, 10, Set.of())).hasMessageContaining("at least one webhook target");
        assertThatThrownBy(() -> alerts.add("nope", Severity.FAIL, 10, Set.of(1L))).hasMessageContaining("There is no audit 'nope'");
    }

    private long runAndAwaitDelivery() {
        long runId = runner.start("test-failing", RunTrigger.MANUAL).runId();
        await().atMost(Duration.ofSeconds(20)).until(() -> alerts.deliveries(50).stream().anyMatch(d -> mine(d, runId)));
        return runId;
    }

    private AlertDeliveryView delivery(long runId) {
        return alerts.deliveries(50).stream().filter(d -> mine(d, runId)).findFirst().orElseThrow();
    }

    /** This test's rule, for that run (other tests' rules may route the same audit elsewhere). */
    private boolean mine(AlertDeliveryView delivery, long runId) {
        return Long.valueOf(runId).equals(delivery.runId()) && delivery.ruleId() == rules.getLast();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/T0KEN";
    }
}
