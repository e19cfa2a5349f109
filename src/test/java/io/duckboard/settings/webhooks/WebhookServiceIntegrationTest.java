package io.duckboard.settings.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.duckboard.platform.UserFacingException;
import io.duckboard.testsupport.DuckboardAppTest;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Send test" against a real HTTP server on loopback. */
@DuckboardAppTest
class WebhookServiceIntegrationTest {

    @Autowired
    WebhookService webhooks;

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_test_message_arrives_in_the_shape_of_each_kind() {
        var generic = webhooks.add("generic-" + System.nanoTime(), WebhookKind.GENERIC, url("T0KEN-generic"));
        var slack = webhooks.add("slack-" + System.nanoTime(), WebhookKind.SLACK, url("T0KEN-slack"));

        Delivery first = webhooks.sendTest(generic.id());
        Delivery second = webhooks.sendTest(slack.id());

        assertThat(first.delivered()).isTrue();
        assertThat(first.status()).isEqualTo(204);
        assertThat(second.delivered()).isTrue();
        assertThat(received.get(0)).contains("\"source\":\"duckboard\"", "\"title\":\"Duckboard test message\"", "\"test\":true");
        assertThat(received.get(1)).startsWith("{\"text\":\"*Duckboard test message*");
        assertThat(generic.maskedUrl()).doesNotContain("T0KEN-generic").endsWith("••••" + "eric");
    }

    @Test
    void a_failing_target_says_why() throws Exception {
        status.set(500);
        var broken = webhooks.add("broken-" + System.nanoTime(), WebhookKind.DISCORD, url("x"));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var nobody = webhooks.add("nobody-" + System.nanoTime(), WebhookKind.GENERIC, "http://127.0.0.1:" + closed + "/hook");

        assertThat(webhooks.sendTest(broken.id()).problem()).isEqualTo("the target answered HTTP 500");
        assertThat(received.getFirst()).startsWith("{\"content\":\"**Duckboard test message**");
        assertThat(webhooks.sendTest(nobody.id()).problem()).contains("connection refused");
    }

    @Test
    void a_bad_url_or_name_is_refused_before_anything_is_stored() {
        int before = webhooks.list().size();

        assertThatThrownBy(() -> webhooks.add("x", WebhookKind.SLACK, "hooks.slack.com/abc")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("starting with https://");
        assertThatThrownBy(() -> webhooks.add(" ", WebhookKind.SLACK, url("y"))).hasMessageContaining("name");
        assertThatThrownBy(() -> webhooks.add("public-http", WebhookKind.SLACK, "http://hooks.example.com/abc"))
                .as("plain http would send the token across the internet").hasMessageContaining("https://");
        assertThat(webhooks.list()).hasSize(before);
    }

    private String url(String token) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + token;
    }
}
