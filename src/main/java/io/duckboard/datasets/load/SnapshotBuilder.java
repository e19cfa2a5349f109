package io.duckboard.datasets.load;

import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.platform.duckdb.SqlScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Builds a new snapshot file from source files: source views → typed, validated tables → warnings
 * → derived tables → {@code snapshot_info}. The file is written under a temporary name and only
 * renamed to {@code target} once complete and closed, so a crash never leaves a half snapshot
 * that a later start could pick up.
 */
public final class SnapshotBuilder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SnapshotBuilder.class);

    private static final SqlScript DERIVED = SqlScript.load(SnapshotBuilder.class, "derived-tables.sql");
    private static final String PY_LIST_MACRO = """
            create or replace temp macro py_list(s) as list_transform(
                regexp_extract_all(s, '''(?:[^''\\\\]|\\\\.)*''|"(?:[^"\\\\]|\\\\.)*"'),
                x -> replace(replace(x[2:-2], '\\''', ''''), '\\"', '"'))""";

    private final DuckDbProperties settings;
    private final Clock clock;

    public SnapshotBuilder(DuckDbProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param progress told the share of the build done so far, from 0 to 1
     */
    public BuildResult build(DatasetLayout layout, Path root, Path target, long version, String source,
                             DoubleConsumer progress) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteQuietly(partial);
        try {
            BuildResult result;
            try (Connection connection = DuckDbConnections.open(partial, false, settings)) {
                result = buildInto(connection, layout, root, version, source, progress);
            }
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            progress.accept(1.0);
            return result;
        } catch (IOException e) {
            throw new DatasetLoadException("Cannot write the snapshot file " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new DatasetLoadException("Could not finish the snapshot file " + target + ": " + DuckDbErrors.firstLine(e), e);
        } finally {
            deleteQuietly(partial);
            deleteQuietly(partial.resolveSibling(partial.getFileName() + ".wal"));
        }
    }

    private BuildResult buildInto(Connection connection, DatasetLayout layout, Path root, long version, String source,
                                  DoubleConsumer progress) {
        StepTimer step = new StepTimer("reading the source files");
        try {
            // tables that need an order get an explicit ORDER BY; the rest may be written in parallel
            execute(connection, "set preserve_insertion_order = false");
            execute(connection, PY_LIST_MACRO);
            SourceViews.create(connection, layout, root);
            Map<String, Long> counts = new LinkedHashMap<>();
            step.next("importing recipes");
            counts.put("recipes", importer(connection, layout, "recipes").importTable(TableSpec.RECIPES, ""));
            progress.accept(0.25);
            step.next("importing interactions");
            counts.put("interactions", importer(connection, layout, "interactions").importTable(TableSpec.INTERACTIONS, "date"));
            progress.accept(0.6);
            step.next("importing users");
            counts.put("users", importUsers(connection, layout));
            progress.accept(0.7);
            step.next("checking the data");
            List<String> warnings = warnings(connection);
            step.next("building the derived tables");
            DERIVED.run(connection);
            for (String derived : List.of("recipe_stats", "interactions_daily", "interactions_monthly", "recipe_tags")) {
                counts.put(derived, count(connection, derived));
            }
            progress.accept(0.9);
            step.next("writing the snapshot");
            writeInfo(connection, version, source, layout);
            execute(connection, "checkpoint");
            step.next("done");
            return new BuildResult(counts, warnings);
        } catch (SQLException e) {
            throw translate(e, step.name, layout);
        }
    }

    /** Names the step in errors and logs how long each took (DEBUG), to know where a slow load spends its time. */
    private static final class StepTimer {
        private String name;
        private long started = System.nanoTime();

        StepTimer(String first) {
            this.name = first;
        }

        void next(String following) {
            log.debug("Snapshot build: {} took {} ms", name, (System.nanoTime() - started) / 1_000_000);
            name = following;
            started = System.nanoTime();
        }
    }

    private TableImporter importer(Connection connection, DatasetLayout layout, String table) {
        String origin = layout.kind() == DatasetLayout.Kind.PARQUET ? table + "/*.parquet"
                : layout.filesByTable().get(table).getFirst().key();
        return new TableImporter(connection, origin);
    }

    /** Users come from {@code users/*.parquet} when the source has them, else they are derived from interactions. */
    private long importUsers(Connection connection, DatasetLayout layout) throws SQLException {
        if (layout.filesByTable().containsKey("users")) {
            return importer(connection, layout, "users").importTable(TableSpec.USERS, "user_id");
        }
        execute(connection, """
                create table users as
                select user_id, count(*)::integer as n_interactions,
                       count(*) filter (where rating > 0)::integer as n_ratings,
                       avg(rating) filter (where rating > 0) as mean_rating,
                       min(date) as first_date, max(date) as last_date
                from interactions group by user_id order by user_id""");
        return count(connection, "users");
    }

    /** Problems that are real but do not make the data unusable; the data-quality audit reports them in detail. */
    private List<String> warnings(Connection connection) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        List<String> warnings = new ArrayList<>();
        warn(connection, warnings, "select count(*) from interactions where rating not between 0 and 5",
                "%,d interaction(s) have a rating outside 0–5");
        warn(connection, warnings, "select count(*) from interactions i anti join recipes r on r.id = i.recipe_id",
                "%,d interaction(s) point to a recipe that is not in recipes");
        warn(connection, warnings, "select count(*) from interactions i anti join users u on u.user_id = i.user_id",
                "%,d interaction(s) point to a user that is not in users");
        warn(connection, warnings, "select count(*) from interactions where date < date '1999-01-01' or date > date '" + today + "'",
                "%,d interaction(s) are dated before 1999 or in the future");
        warn(connection, warnings, "select count(*) from recipes where n_steps <> len(steps)",
                "%,d recipe(s) have n_steps different from the number of steps");
        return warnings;
    }

    private static void warn(Connection connection, List<String> warnings, String sql, String message) throws SQLException {
        long n = scalar(connection, sql);
        if (n > 0) {
            warnings.add(message.formatted(n));
        }
    }

    private static void writeInfo(Connection connection, long version, String source, DatasetLayout layout)
            throws SQLException {
        execute(connection, "create table snapshot_info (version bigint, source varchar, layout varchar, manifest varchar, built_at timestamptz)");
        try (PreparedStatement insert = connection.prepareStatement("insert into snapshot_info values (?, ?, ?, ?, now())")) {
            insert.setLong(1, version);
            insert.setString(2, source);
            insert.setString(3, layout.kind().name());
            insert.setString(4, layout.manifestHash());
            insert.executeUpdate();
        }
    }

    private static DatasetLoadException translate(SQLException e, String step, DatasetLayout layout) {
        String csv = DuckDbErrors.csvProblem(e);
        if (csv != null) {
            String file = step.startsWith("importing ") && layout.kind() == DatasetLayout.Kind.KAGGLE_CSV
                    ? layout.filesByTable().getOrDefault(step.substring("importing ".length()), List.of()).stream()
                        .findFirst().map(o -> o.key()).orElse("a CSV file")
                    : "a CSV file";
            return new DatasetLoadException(file + " " + csv + ".", e);
        }
        return new DatasetLoadException("Failed while " + step + ": " + DuckDbErrors.firstLine(e), e);
    }

    private static long count(Connection connection, String table) throws SQLException {
        return scalar(connection, "select count(*) from " + table);
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .partial file is replaced by the next build
        }
    }
}
