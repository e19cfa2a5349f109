package io.duckboard.settings.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duckboard.DuckboardApplication;
import io.duckboard.settings.webhooks.WebhookKind;
import io.duckboard.settings.webhooks.WebhookService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Real starts of the application on one H2 file database: a wrong key refuses to start and changes nothing. */
class WrongMasterKeyIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void a_wrong_master_key_refuses_start_up_and_leaves_the_secrets_untouched() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(WebhookService.class).add("ops", WebhookKind.SLACK, "https://hooks.example.com/services/T000/B000/XXXX");
        }
        String storedBefore = storedUrl();

        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> start("--" + MasterKeys.VARIABLE + "=" + otherKey).close())
                .hasRootCauseInstanceOf(SecretsService.SecretsUnreadableException.class)
                .rootCause().hasMessageContaining("1 stored secret(s) cannot be decrypted with the configured master key")
                .hasMessageContaining("webhook ops").hasMessageContaining("Nothing was changed");

        assertThat(storedUrl()).isEqualTo(storedBefore);
        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(WebhookService.class).list()).singleElement()
                    .satisfies(target -> assertThat(target.maskedUrl()).endsWith("XXXX"));
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] base = {
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("app/db") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--duckboard.data-dir=" + dir,
                "--duckboard.duckdb.file=" + dir.resolve("duckboard.duckdb"),
                "--duckboard.logs-dir=target/test-logs/master-key",
                "--duckboard.datasets.demo.generate-if-empty=false",
                "--DUCKBOARD_ADMIN_PASSWORD=not-relevant-here"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        return new SpringApplicationBuilder(DuckboardApplication.class).run(args);
    }

    private String storedUrl() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("app/db"), "sa", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select url_encrypted from webhook_target")) {
            row.next();
            String value = row.getString(1);
            assertThat(value).startsWith("v1:").doesNotContain("hooks.example.com");
            return value;
        }
    }
}
