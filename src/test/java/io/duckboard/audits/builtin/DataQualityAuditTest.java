package io.duckboard.audits.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.audits.AuditsProperties;
import io.duckboard.audits.Finding;
import io.duckboard.audits.Severity;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot small enough to read, with defects seeded on purpose: every count is the one a person counts. */
class DataQualityAuditTest {

    @TempDir
    Path dir;

    private DuckDb duckDb;
    private DataQualityAudit audit;

    @BeforeEach
    void fixture() {
        duckDb = new DuckDb(new DuckDbProperties(dir.resolve("quality.duckdb"), 1, null));
        duckDb.update("create table recipes(id bigint, name varchar, submitted date, n_steps integer, steps varchar[], description varchar)");
        duckDb.update("""
                insert into recipes values
                  (1, 'soup',  date '2005-01-01', 2, ['boil', 'serve'], 'warm'),
                  (2, 'salad', date '2006-01-01', 3, ['cut', 'mix'], null),
                  (3, 'cake',  date '1970-01-01', 1, ['bake'], null),
                  (3, 'cake',  date '2007-01-01', 1, ['bake'], 'sweet'),
                  (4, null,    date '2030-01-01', 5, ['a', 'b'], 'x')""");
        duckDb.update("create table interactions(user_id bigint, recipe_id bigint, date date, rating tinyint, review varchar)");
        duckDb.update("""
                insert into interactions values
                  (10, 1, date '2008-01-01', 5, 'good'),
                  (10, 1, date '2008-02-01', 4, 'again'),
                  (11, 2, date '2008-03-01', 7, 'too good'),
                  (12, 99, date '2008-04-01', 3, null),
                  (13, 98, date '2031-05-01', -1, 'from the future'),
                  (14, 1, date '1990-01-01', 0, 'early')""");
        duckDb.update("create table users(user_id bigint, n_interactions integer)");
        duckDb.update("insert into users values (10, 2), (11, 1), (12, 1), (12, 1)");
        ChecksProperties checks = new ChecksProperties(Duration.ofHours(3), Duration.ofHours(24), Duration.ofDays(30), 0.2, 0.5,
                LocalDate.of(1999, 1, 1));
        AuditsProperties properties = new AuditsProperties(1, 1, Duration.ofMinutes(1), 0, Duration.ofSeconds(1), 3, Duration.ofSeconds(30),
                "test", new AuditsProperties.Retention(10, 10));
        audit = new DataQualityAudit(duckDb, checks, properties, Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws InterruptedException {
        duckDb.destroy();
    }

    @Test
    void null_rates_above_the_thresholds_with_the_rows_that_are_empty() {
        List<Finding> found = audit.nullRates();

        assertThat(finding(found, "null-rate:recipes.description").severity()).as("2 of 5 = 40 %: above 20 %, below 50 %").isEqualTo(Severity.WARN);
        assertThat(finding(found, "null-rate:recipes.description").count()).isEqualTo(2);
        assertThat(finding(found, "null-rate:recipes.description").samples()).extracting(row -> row.get("id")).containsExactly(2L, 3L);
        assertThat(finding(found, "null-rate:recipes.name").severity()).as("1 of 5 = 20 %").isEqualTo(Severity.WARN);
        assertThat(found).extracting(Finding::key).doesNotContain("null-rate:interactions.review");
        assertThat(finding(found, "null-rates").message()).contains("interactions.review 1 (16.67 %)");
    }

    @Test
    void duplicate_keys_counted_as_extra_rows() {
        List<Finding> found = audit.duplicateKeys();

        assertThat(finding(found, "duplicates:recipes").count()).isEqualTo(1);
        assertThat(finding(found, "duplicates:recipes").severity()).isEqualTo(Severity.FAIL);
        assertThat(finding(found, "duplicates:recipes").samples()).containsExactly(Map.of("id", 3L, "copies", 2L));
        assertThat(finding(found, "duplicates:users").count()).isEqualTo(1);
        assertThat(finding(found, "duplicates:interactions").count()).as("user 10 reviewed recipe 1 twice").isEqualTo(1);
        assertThat(finding(found, "duplicates:interactions").severity()).isEqualTo(Severity.WARN);
    }

    @Test
    void ratings_outside_the_scale() {
        Finding finding = audit.ratingRange().getFirst();

        assertThat(finding.severity()).isEqualTo(Severity.FAIL);
        assertThat(finding.count()).as("7 and -1").isEqualTo(2);
        assertThat(finding.samples()).extracting(row -> row.get("rating")).containsExactly((byte) 7, (byte) -1);
    }

    @Test
    void interactions_pointing_nowhere() {
        List<Finding> found = audit.orphans();

        assertThat(finding(found, "unknown-recipes").count()).as("recipes 99 and 98").isEqualTo(2);
        assertThat(finding(found, "unknown-users").count()).as("users 13 and 14").isEqualTo(2);
        assertThat(finding(found, "unknown-users").samples()).extracting(row -> row.get("user_id")).containsExactly(13L, 14L);
    }

    @Test
    void dates_in_the_future_or_before_the_site_existed() {
        List<Finding> found = audit.dates();

        assertThat(finding(found, "future:interactions.date").count()).isEqualTo(1);
        assertThat(finding(found, "future:interactions.date").severity()).isEqualTo(Severity.FAIL);
        assertThat(finding(found, "early:interactions.date").count()).isEqualTo(1);
        assertThat(finding(found, "future:recipes.submitted").count()).isEqualTo(1);
        assertThat(finding(found, "early:recipes.submitted").count()).isEqualTo(1);
        assertThat(finding(found, "early:recipes.submitted").samples()).containsExactly(Map.of("id", 3L, "name", "cake", "submitted", "1970-01-01"));
    }

    @Test
    void step_counts_that_disagree_with_the_steps() {
        Finding finding = audit.stepCounts().getFirst();

        assertThat(finding.count()).as("salad says 3 but lists 2, recipe 4 says 5 but lists 2").isEqualTo(2);
        assertThat(finding.samples()).extracting(row -> row.get("id")).containsExactly(2L, 4L);
        assertThat(finding.samples().getFirst()).containsEntry("steps_listed", 2L);
    }

    @Test
    void a_clean_snapshot_gives_only_information() throws Exception {
        duckDb.update("delete from recipes where id in (2, 3, 4)");
        duckDb.update("delete from interactions where user_id <> 10 or date <> date '2008-01-01'");
        duckDb.update("delete from users where user_id <> 10");

        for (var step : audit.steps()) {
            assertThat(step.run()).as(step.key()).allMatch(f -> f.severity() == Severity.INFO);
        }
    }

    private static Finding finding(List<Finding> found, String key) {
        return found.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + key + " in " + found));
    }
}
