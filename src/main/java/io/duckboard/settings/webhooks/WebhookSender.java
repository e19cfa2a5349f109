package io.duckboard.settings.webhooks;

import io.duckboard.platform.logging.KnownSecrets;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** POSTs one message to one webhook and reports what happened, in words, without ever echoing the URL. */
@Component
public class WebhookSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

    public Delivery send(WebhookKind kind, String url, String title, String text, Map<String, Object> fields) {
        return exchange(url, builder -> builder.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(kind, title, text, fields))), true);
    }

    /** A GET that posts nothing: reachable when any HTTP answer comes back (webhooks usually answer 405 or 400). */
    public Delivery probe(String url) {
        return exchange(url, HttpRequest.Builder::GET, false);
    }

    private Delivery exchange(String url, java.util.function.UnaryOperator<HttpRequest.Builder> method, boolean needs2xx) {
        long started = System.nanoTime();
        try {
            HttpRequest request = method.apply(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("User-Agent", "Duckboard")).build();
            // the status is all we need: the body is closed unread, so a slow target cannot hold the connection
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            boolean ok = !needs2xx || response.statusCode() / 100 == 2;
            return new Delivery(ok, response.statusCode(), took, ok ? null : "the target answered HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            return failed(started, "no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return failed(started, "connection refused: nothing listens at that address");
        } catch (IOException e) {
            return failed(started, "could not reach the target: " + KnownSecrets.mask(String.valueOf(e.getMessage())));
        } catch (IllegalArgumentException e) {
            return failed(started, "the URL is not valid");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, "interrupted");
        }
    }

    static String body(WebhookKind kind, String title, String text, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case SLACK -> body.put("text", "*" + title + "*\n" + text);
            case DISCORD -> body.put("content", "**" + title + "**\n" + text);
            case GENERIC -> {
                body.put("source", "duckboard");
                body.put("title", title);
                body.put("text", text);
                body.putAll(fields);
            }
        }
        return JSON.writeValueAsString(body);
    }

    private static Delivery failed(long started, String problem) {
        return new Delivery(false, 0, Duration.ofNanos(System.nanoTime() - started), problem);
    }
}
