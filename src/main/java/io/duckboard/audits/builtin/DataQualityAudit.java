package io.duckboard.audits.builtin;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditStep;
import io.duckboard.audits.AuditsProperties;
import io.duckboard.audits.Finding;
import io.duckboard.audits.Severity;
import io.duckboard.platform.duckdb.DuckDb;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Data quality of the serving snapshot (recipes, interactions, users): empty values per column,
 * duplicate keys, ratings outside 0–5, interactions pointing nowhere, impossible dates, and recipes
 * whose step count disagrees with their steps. Every finding carries the exact count and sample rows.
 */
@Component
public class DataQualityAudit implements Audit {

    private static final List<String> TABLES = List.of("recipes", "interactions", "users");
    private static final Map<String, String> SAMPLE_KEYS = Map.of(
            "recipes", "id, name", "interactions", "user_id, recipe_id, date", "users", "user_id");

    private final DuckDb duckDb;
    private final ChecksProperties checks;
    private final int samples;
    private final Clock clock;

    DataQualityAudit(DuckDb duckDb, ChecksProperties checks, AuditsProperties properties, Clock clock) {
        this.duckDb = duckDb;
        this.checks = checks;
        this.samples = properties.maxSamples();
        this.clock = clock;
    }

    @Override
    public String id() {
        return "data-quality";
    }

    @Override
    public String title() {
        return "Data quality";
    }

    @Override
    public String description() {
        return "Empty values, duplicate keys, ratings outside 0–5, interactions with unknown recipes or users, "
                + "impossible dates and step counts that disagree with the steps, in the serving snapshot.";
    }

    @Override
    public String defaultCron() {
        return "0 30 6 * * *";
    }

    @Override
    public List<AuditStep> steps() {
        return List.of(
                AuditStep.of("null-rates", "Empty values per column", this::nullRates),
                AuditStep.of("duplicate-keys", "Duplicate keys", this::duplicateKeys),
                AuditStep.of("rating-range", "Ratings outside 0–5", this::ratingRange),
                AuditStep.of("orphans", "Interactions with unknown recipes or users", this::orphans),
                AuditStep.of("dates", "Dates in the future or before " + checks.earliestDate().getYear(), this::dates),
                AuditStep.of("step-counts", "Step counts against the steps", this::stepCounts));
    }

    List<Finding> nullRates() {
        List<Finding> found = new ArrayList<>();
        List<String> minor = new ArrayList<>();
        int columnsChecked = 0;
        for (String table : existingTables()) {
            List<String> columns = columns(table);
            columnsChecked += columns.size();
            String counts = columns.stream().map(c -> "count(" + quote(c) + ")").collect(Collectors.joining(", "));
            List<Long> row = duckDb.query("select count(*), " + counts + " from " + table, rs -> {
                List<Long> values = new ArrayList<>();
                for (int i = 1; i <= columns.size() + 1; i++) {
                    values.add(rs.getLong(i));
                }
                return values;
            }).getFirst();
            long total = row.getFirst();
            for (int i = 0; i < columns.size() && total > 0; i++) {
                long empty = total - row.get(i + 1);
                double rate = (double) empty / total;
                String column = table + "." + columns.get(i);
                if (empty == 0) {
                    continue;
                }
                if (rate < checks.nullRateWarn()) {
                    minor.add("%s %,d (%.2f %%)".formatted(column, empty, rate * 100));
                    continue;
                }
                Severity severity = rate >= checks.nullRateFail() ? Severity.FAIL : Severity.WARN;
                found.add(Finding.of(severity, "null-rate:" + column,
                        "%s is empty in %,d of %,d rows (%.1f %%), above the %s threshold of %.1f %%.".formatted(column, empty, total, rate * 100,
                                severity == Severity.FAIL ? "failure" : "warning",
                                (severity == Severity.FAIL ? checks.nullRateFail() : checks.nullRateWarn()) * 100),
                        empty, sample("select " + SAMPLE_KEYS.get(table) + " from " + table + " where " + quote(columns.get(i)) + " is null"),
                        "Fill " + column + " in the source export, or raise duckboard.audits.checks.null-rate-"
                                + (severity == Severity.FAIL ? "fail" : "warn") + " if empty values are expected."));
            }
        }
        found.add(Finding.info("null-rates", "Checked %d column(s) of %s. %s".formatted(columnsChecked, String.join(", ", existingTables()),
                minor.isEmpty() ? "No other column has empty values." : "Below the thresholds: " + String.join("; ", minor) + ".")));
        return found;
    }

    List<Finding> duplicateKeys() {
        List<Finding> found = new ArrayList<>();
        Set<String> tables = Set.copyOf(existingTables());
        found.add(duplicates("recipes", "id", Severity.FAIL, "Each recipe id must be unique: remove or renumber the repeated recipes."));
        if (tables.contains("users")) {
            found.add(duplicates("users", "user_id", Severity.FAIL, "Each user id must be unique in the users file."));
        }
        found.add(duplicates("interactions", "user_id, recipe_id", Severity.WARN,
                "A user normally reviews a recipe once: check the export for repeated rows."));
        return found;
    }

    List<Finding> ratingRange() {
        long bad = count("select count(*) from interactions where rating is not null and rating not between 0 and 5");
        if (bad == 0) {
            return List.of(Finding.info("rating-range", "Every rating is between 0 and 5."));
        }
        return List.of(Finding.of(Severity.FAIL, "rating-range", "%,d interaction(s) have a rating outside 0–5.".formatted(bad), bad,
                sample("select user_id, recipe_id, date, rating from interactions where rating not between 0 and 5 order by recipe_id, user_id"),
                "Ratings are 1–5 stars, 0 for a review without a rating: correct these rows in the source."));
    }

    List<Finding> orphans() {
        List<Finding> found = new ArrayList<>();
        String unknownRecipes = "from interactions i where not exists (select 1 from recipes r where r.id = i.recipe_id)";
        long recipes = count("select count(*) " + unknownRecipes);
        found.add(recipes == 0 ? Finding.info("unknown-recipes", "Every interaction points to a known recipe.")
                : Finding.of(Severity.FAIL, "unknown-recipes", "%,d interaction(s) point to a recipe id that is not in recipes.".formatted(recipes),
                recipes, sample("select i.user_id, i.recipe_id, i.date " + unknownRecipes + " order by i.recipe_id, i.user_id"),
                "Export the recipes together with the interactions, or drop interactions of deleted recipes."));
        if (existingTables().contains("users")) {
            String unknownUsers = "from interactions i where not exists (select 1 from users u where u.user_id = i.user_id)";
            long users = count("select count(*) " + unknownUsers);
            found.add(users == 0 ? Finding.info("unknown-users", "Every interaction comes from a known user.")
                    : Finding.of(Severity.WARN, "unknown-users", "%,d interaction(s) come from a user id that is not in users.".formatted(users),
                    users, sample("select i.user_id, i.recipe_id, i.date " + unknownUsers + " order by i.user_id, i.recipe_id"),
                    "Include every reviewer in the users export."));
        }
        return found;
    }

    List<Finding> dates() {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = checks.earliestDate();
        List<Finding> found = new ArrayList<>();
        for (var check : List.of(new DateColumn("interactions", "date", "user_id, recipe_id, date"),
                new DateColumn("recipes", "submitted", "id, name, submitted"))) {
            String column = check.table() + "." + check.column();
            String future = " from " + check.table() + " where " + check.column() + " > ?";
            long inFuture = count("select count(*)" + future, today);
            found.add(inFuture == 0 ? Finding.info("future:" + column, "No " + column + " after today (" + today + ").")
                    : Finding.of(Severity.FAIL, "future:" + column, "%,d row(s) have %s after today (%s).".formatted(inFuture, column, today),
                    inFuture, sample("select " + check.sampleColumns() + future + " order by " + check.column() + " desc", today),
                    "Dates in the future come from a wrong clock or format in the export: fix them at the source."));
            String early = " from " + check.table() + " where " + check.column() + " < ?";
            long tooEarly = count("select count(*)" + early, earliest);
            found.add(tooEarly == 0 ? Finding.info("early:" + column, "No " + column + " before " + earliest + ".")
                    : Finding.of(Severity.WARN, "early:" + column, "%,d row(s) have %s before %s.".formatted(tooEarly, column, earliest),
                    tooEarly, sample("select " + check.sampleColumns() + early + " order by " + check.column(), earliest),
                    "Dates before the site existed are usually a default value (1970-01-01): check the export."));
        }
        return found;
    }

    List<Finding> stepCounts() {
        String mismatch = " from recipes where steps is not null and n_steps is distinct from len(steps)";
        long bad = count("select count(*)" + mismatch);
        if (bad == 0) {
            return List.of(Finding.info("step-counts", "Every recipe's n_steps matches its list of steps."));
        }
        return List.of(Finding.of(Severity.WARN, "step-counts", "%,d recipe(s) have n_steps different from the number of steps.".formatted(bad),
                bad, sample("select id, name, n_steps, len(steps) as steps_listed" + mismatch + " order by id"),
                "Recompute n_steps from the steps in the export, or fix the steps list."));
    }

    private Finding duplicates(String table, String key, Severity severity, String recommendation) {
        String groups = "select " + key + ", count(*) as copies from " + table + " group by " + key + " having count(*) > 1";
        long extra = count("select coalesce(sum(copies - 1), 0) from (" + groups + ")");
        String label = table + " (" + key + ")";
        if (extra == 0) {
            return Finding.info("duplicates:" + table, "No duplicate " + label + ".");
        }
        return Finding.of(severity, "duplicates:" + table, "%,d extra row(s) repeat a key in %s.".formatted(extra, label), extra,
                sample(groups + " order by copies desc, " + key), recommendation);
    }

    private List<String> existingTables() {
        Set<String> present = Set.copyOf(duckDb.query("select table_name from information_schema.tables", rs -> rs.getString(1)));
        return TABLES.stream().filter(present::contains).toList();
    }

    private List<String> columns(String table) {
        return duckDb.query("select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                rs -> rs.getString(1), table);
    }

    private long count(String sql, Object... parameters) {
        return duckDb.query(sql, rs -> rs.getLong(1), parameters).getFirst();
    }

    private List<Map<String, Object>> sample(String sql, Object... parameters) {
        return duckDb.query(sql + " limit " + samples, Samples::row, parameters);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record DateColumn(String table, String column, String sampleColumns) {
    }
}
