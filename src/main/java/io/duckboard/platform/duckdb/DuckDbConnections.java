package io.duckboard.platform.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Opens DuckDB databases with Duckboard's settings (threads, memory limit). The served database goes
 * through {@link DuckDb}; this is for work on other databases — building a snapshot file,
 * generating data in memory — which never serve queries while being written.
 */
public final class DuckDbConnections {

    private DuckDbConnections() {
    }

    /** A connection to {@code file} (created if missing), or to a new in-memory database when {@code file} is null. */
    public static Connection open(@Nullable Path file, boolean readOnly, DuckDbProperties properties) {
        try {
            if (file != null) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            }
            Properties settings = new Properties();
            if (readOnly) {
                settings.setProperty("duckdb.read_only", "true");
            }
            if (properties.threads() > 0) {
                settings.setProperty("threads", Integer.toString(properties.threads()));
            }
            if (properties.memoryLimit() != null && !properties.memoryLimit().isBlank()) {
                settings.setProperty("memory_limit", properties.memoryLimit());
            }
            String url = "jdbc:duckdb:" + (file == null ? "" : file.toAbsolutePath());
            return DriverManager.getConnection(url, settings);
        } catch (SQLException | IOException e) {
            throw new DuckDbException("Could not open DuckDB " + (file == null ? "in memory" : "file " + file)
                    + ": " + e.getMessage(), e);
        }
    }

    /** A path as a SQL string literal, for statements DuckDB cannot parameterise (COPY, read_parquet lists). */
    public static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
