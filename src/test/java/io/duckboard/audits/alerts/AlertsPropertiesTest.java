package io.duckboard.audits.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertsPropertiesTest {

    @Test
    void the_run_link_is_built_from_the_app_address_with_or_without_a_trailing_slash() {
        assertThat(properties("https://duckboard.example.com").runUrl(7)).contains("https://duckboard.example.com/audits/runs/7");
        assertThat(properties("https://example.com/duckboard/").runUrl(7)).contains("https://example.com/duckboard/audits/runs/7");
        assertThat(properties("HTTPS://duckboard.example.com").runUrl(7)).as("schemes are case-insensitive").isPresent();
    }

    @Test
    void no_address_or_an_empty_one_means_no_link() {
        assertThat(new AlertsProperties(3, Duration.ofSeconds(2), null).runUrl(7)).isEmpty();
        assertThat(properties("").runUrl(7)).isEmpty();
    }

    @Test
    void a_relative_or_non_web_address_is_refused_with_what_to_write_instead() {
        assertThatThrownBy(() -> properties("duckboard.example.com"))
                .hasMessageContaining("absolute http(s) address such as https://duckboard.example.com");
        assertThatThrownBy(() -> properties("ftp://duckboard.example.com")).isInstanceOf(IllegalArgumentException.class);
    }

    private static AlertsProperties properties(String url) {
        return new AlertsProperties(3, Duration.ofSeconds(2), URI.create(url));
    }
}
