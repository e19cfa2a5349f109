package io.duckboard.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.testsupport.DuckboardAppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page declares its icon and anyone (the login page too) can load it: no 404 in the browser's console. */
@DuckboardAppTest
class AppIconTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_login_page_links_the_icon_and_the_icon_is_served_without_signing_in() throws Exception {
        HttpResponse<String> login = get("/login");
        HttpResponse<String> icon = get("/icons/duckboard.svg");

        assertThat(login.body()).containsPattern("<link href=\"[./]*icons/duckboard.svg\" rel=\"icon\"");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.body()).contains("<svg");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
