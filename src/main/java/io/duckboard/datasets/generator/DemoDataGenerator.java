package io.duckboard.datasets.generator;

import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.platform.duckdb.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Generates the demo dataset inside an in-memory DuckDB (see {@code demo-data.sql}) and writes one
 * Parquet folder per table: {@code recipes/}, {@code interactions/}, {@code users/}. Tables are
 * written to a hidden folder first and moved into place, so a reader never sees half a lake.
 */
public final class DemoDataGenerator {

    static final List<String> TABLES = List.of("recipes", "interactions", "users");
    private static final SqlScript SCRIPT = SqlScript.load(DemoDataGenerator.class, "demo-data.sql");

    private final DuckDbProperties duckDbSettings;

    public DemoDataGenerator(DuckDbProperties duckDbSettings) {
        this.duckDbSettings = duckDbSettings;
    }

    public GenerationResult generate(GeneratorSpec spec, Path folder) {
        long started = System.nanoTime();
        Path work = folder.resolve(".generating-" + UUID.randomUUID());
        try (Connection connection = DuckDbConnections.open(null, false, duckDbSettings)) {
            Files.createDirectories(work);
            setVariables(connection, spec);
            SCRIPT.run(connection);
            for (String table : TABLES) {
                writeParquet(connection, table, work.resolve(table));
            }
            long[] counts = {count(connection, "recipes"), count(connection, "interactions"), count(connection, "users")};
            for (String table : TABLES) {
                replace(work.resolve(table), folder.resolve(table));
            }
            return new GenerationResult(folder, counts[0], counts[1], counts[2], Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Generating demo data failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write demo data to " + folder + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void setVariables(Connection connection, GeneratorSpec spec) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // numbers only, computed here: nothing a user typed reaches this SQL
            statement.execute("set variable n_recipes = " + spec.recipes());
            statement.execute("set variable n_interactions = " + spec.interactions());
            statement.execute("set variable n_users = " + spec.users());
            statement.execute("set variable n_contributors = " + spec.contributors());
            statement.execute("set variable seed = " + spec.seed());
        }
    }

    private static void writeParquet(Connection connection, String table, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Statement statement = connection.createStatement()) {
            statement.execute("copy " + table + " to " + DuckDbConnections.literal(dir.resolve(table + ".parquet"))
                    + " (format parquet, compression zstd, row_group_size 122880)");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void replace(Path fresh, Path target) throws IOException {
        Path old = target.resolveSibling("." + target.getFileName() + "-old-" + UUID.randomUUID());
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        deleteQuietly(old);
    }

    static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover hidden folder is harmless and ignored by loaders
        }
    }
}
