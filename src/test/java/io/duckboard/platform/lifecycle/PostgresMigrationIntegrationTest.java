package io.duckboard.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.testsupport.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every Flyway migration and a repository round trip on the real local PostgreSQL, in a schema of
 * its own that is dropped afterwards. Skipped (and reported so) when no PostgreSQL is reachable.
 */
@EnabledIf("io.duckboard.testsupport.Postgres#reachable")
@SpringBootTest(properties = {
        "duckboard.duckdb.file=target/test-data/${random.uuid}.duckdb",
        "duckboard.logs-dir=target/test-logs/postgres"
})
class PostgresMigrationIntegrationTest {

    private static final String SCHEMA = "duckboard_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Autowired
    AppRunRepository repository;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.URL + (Postgres.URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> Postgres.USER);
        registry.add("spring.datasource.password", () -> Postgres.PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = Postgres.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void every_migration_ran_on_postgresql() throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = Postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select version, success from " + SCHEMA + ".flyway_schema_history where version is not null order by installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied).contains("1");
    }

    @Test
    void a_run_round_trips_through_the_repository() {
        Instant started = Instant.parse("2026-01-02T03:04:05.123456Z");
        AppRun saved = repository.save(new AppRun("9.9.9", "PREPROD", started));
        saved.stoppedAt(started.plus(5, ChronoUnit.MINUTES));
        repository.save(saved);

        AppRunSummary loaded = repository.findById(saved.id()).orElseThrow().summary();

        assertThat(loaded.version()).isEqualTo("9.9.9");
        assertThat(loaded.environment()).isEqualTo("PREPROD");
        assertThat(loaded.startedAt()).isEqualTo(started);
        assertThat(loaded.endedCleanly()).isTrue();
        assertThat(repository.findFirstByIdLessThanOrderByIdDesc(saved.id() + 1)).isPresent();
    }
}
