package io.duckboard.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.Change;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.settings.repository.AppSettingRepository;
import io.duckboard.settings.secrets.SecretCipher;
import io.duckboard.settings.secrets.SecretsService;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.S3MockServer;
import io.duckboard.testsupport.S3rverServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The data-source settings against the real app database, log files and S3-protocol servers. */
@DuckboardAppTest
class SettingsIntegrationTest {

    private static final String SECRET = "sEcReT-" + java.util.UUID.randomUUID();

    @Autowired
    DataSourceSettingsService settings;
    @Autowired
    AppSettingRepository stored;
    @Autowired
    ChangeLog changes;
    @Autowired
    SecretsService secrets;
    @Autowired
    SecretCipher cipher;
    @Autowired
    DataSource appDatabase;

    @TempDir
    Path dir;

    @AfterEach
    void backToTheLocalLake() {
        settings.save(local(), null);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_saved_secret_exists_only_encrypted_in_every_table_and_in_no_log() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("settings-admin", null, List.of()));
        settings.save(s3("bucket-one", S3MockServer.get().endpoint().toString()), SECRET);
        settings.test(s3("bucket-one", S3MockServer.get().endpoint().toString()), null);

        assertThat(allTextInTheAppDatabase()).doesNotContain(SECRET);
        assertThat(stored.findById(DataSourceSettingsService.SECRET_PROPERTY)).hasValueSatisfying(row -> {
            assertThat(row.value()).startsWith("v1:");
            assertThat(cipher.decrypt(row.value())).isEqualTo(SECRET);
        });
        assertThat(settings.form().maskedSecret()).isEqualTo("••••" + SECRET.substring(SECRET.length() - 4));
        try (Stream<Path> logs = Files.list(Path.of("target/test-logs/app"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(log)).as(log.toString()).doesNotContain(SECRET);
            }
        }
        List<Change> history = changes.search("SETTING", "settings-admin", Instant.now().minusSeconds(600), Instant.now().plusSeconds(60), 50);
        assertThat(history).extracting(Change::field).contains("type", "bucket", "secretAccessKey");
        assertThat(history).filteredOn(c -> "secretAccessKey".equals(c.field())).first()
                .satisfies(c -> assertThat(c.newValue()).startsWith("••••").doesNotContain(SECRET.substring(0, 10)));
    }

    @Test
    void the_saved_source_is_what_the_next_load_uses() {
        settings.save(s3("lake", "http://127.0.0.1:9"), "whatever-secret");

        var effective = settings.effective();

        assertThat(effective.source()).isEqualTo(SourceType.S3);
        assertThat(effective.s3().bucket()).isEqualTo("lake");
        assertThat(effective.s3().secretAccessKey()).isEqualTo("whatever-secret");
    }

    @Test
    void test_connection_lists_a_real_bucket_and_explains_failures_in_plain_words() throws Exception {
        Path lake = dir.resolve("lake");
        new DemoDataGenerator(new DuckDbProperties(Path.of("x"), 1, null)).generate(new GeneratorSpec(0.001, 1), lake);
        S3MockServer.get().upload(lake, "settings-test/");

        ConnectionCheck good = settings.test(new DataSourceSettings(SourceType.S3, S3MockServer.get().endpoint().toString(),
                "us-east-1", "lake", "settings-test/", "any", true, Duration.ofHours(1)), "any-secret");
        ConnectionCheck wrongKey = settings.test(new DataSourceSettings(SourceType.S3, S3rverServer.get().endpoint().toString(),
                "us-east-1", "lake", "", "NOT-A-KEY", true, Duration.ofHours(1)), "nope-nope");
        ConnectionCheck unreachable = settings.test(s3("lake", "http://127.0.0.1:9"), "x-secret-x");
        ConnectionCheck missingBucket = settings.test(new DataSourceSettings(SourceType.S3, S3MockServer.get().endpoint().toString(),
                "us-east-1", "no-such-bucket", "", "any", true, Duration.ofHours(1)), "any-secret");

        assertThat(good.ok()).isTrue();
        assertThat(good.message()).contains("3 object(s)", "ms");
        assertThat(wrongKey.ok()).isFalse();
        assertThat(wrongKey.message()).contains("access key id is not known");
        assertThat(unreachable.message()).contains("unreachable: connection refused");
        assertThat(missingBucket.message()).contains("the bucket 'no-such-bucket' does not exist");
    }

    @Test
    void invalid_settings_are_refused_with_a_message_and_nothing_is_stored() {
        long before = stored.count();

        assertThatThrownBy(() -> settings.save(s3("", ""), null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("bucket name");
        assertThatThrownBy(() -> settings.save(new DataSourceSettings(SourceType.S3, "", "moon-base", "lake", "", "", false,
                Duration.ofHours(1)), null)).hasMessageContaining("region");
        assertThatThrownBy(() -> settings.save(new DataSourceSettings(SourceType.LOCAL, "", "us-east-1", "", "", "", false,
                Duration.ofSeconds(5)), null)).hasMessageContaining("1 minute or more");
        assertThatThrownBy(() -> settings.save(new DataSourceSettings(SourceType.S3, "ftp://x", "us-east-1", "lake", "", "",
                false, Duration.ofHours(1)), null)).hasMessageContaining("endpoint");
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void rotating_the_master_key_re_encrypts_every_secret_and_they_still_read() throws Exception {
        settings.save(s3("rotate-me", "http://127.0.0.1:9"), SECRET);
        String before = secrets.status().currentKeyId();
        String fileBefore = Files.readString(Path.of("target/test-data/app/master.key"));

        String after = secrets.rotate();

        assertThat(after).isNotEqualTo(before);
        assertThat(Files.readString(Path.of("target/test-data/app/master.key"))).isNotEqualTo(fileBefore);
        assertThat(stored.findBySecretTrue()).isNotEmpty().allSatisfy(row -> {
            assertThat(SecretCipher.keyIdOf(row.value())).isEqualTo(after);
            assertThat(cipher.decrypt(row.value())).isNotBlank();
        });
        assertThat(settings.effective().s3().secretAccessKey()).isEqualTo(SECRET);
    }

    private static DataSourceSettings s3(String bucket, String endpoint) {
        return new DataSourceSettings(SourceType.S3, endpoint, "us-east-1", bucket, "", "AKIDEXAMPLE", true, Duration.ofHours(1));
    }

    private static DataSourceSettings local() {
        return new DataSourceSettings(SourceType.LOCAL, "", "us-east-1", "", "", "", false, Duration.ofHours(1));
    }

    /** Every text value of every table: a plaintext secret anywhere in the app database would show here. */
    private String allTextInTheAppDatabase() throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = appDatabase.getConnection(); Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = 'PUBLIC' and data_type like '%CHARACTER%'""")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertThat(columns).as("columns scanned").hasSizeGreaterThan(20);
            for (String[] column : columns) {
                try (ResultSet rows = statement.executeQuery("select \"" + column[1] + "\" from \"" + column[0] + "\"")) {
                    while (rows.next()) {
                        values.add(String.valueOf(rows.getString(1)));
                    }
                }
            }
        }
        return String.join("\n", values);
    }
}
