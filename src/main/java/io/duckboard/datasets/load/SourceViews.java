package io.duckboard.datasets.load;

import static io.duckboard.platform.duckdb.DuckDbConnections.literal;

import io.duckboard.datasets.source.SourceObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Creates one temporary view {@code src_<table>} per table over the source files, after checking
 * that every file can be opened: a corrupt or truncated Parquet file is named here, before any
 * table is built.
 */
final class SourceViews {

    private SourceViews() {
    }

    static void create(Connection connection, DatasetLayout layout, Path root) throws SQLException {
        for (var entry : layout.filesByTable().entrySet()) {
            String table = entry.getKey();
            List<SourceObject> files = entry.getValue();
            String sql = layout.kind() == DatasetLayout.Kind.PARQUET
                    ? parquetView(connection, table, files, root)
                    : csvView(table, files.getFirst(), root);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    private static String parquetView(Connection connection, String table, List<SourceObject> files, Path root)
            throws SQLException {
        for (SourceObject file : files) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select count(*) from parquet_metadata(" + literal(root.resolve(file.key())) + ")");
            } catch (SQLException e) {
                throw new DatasetLoadException(file.key() + " is not a readable Parquet file (corrupt or truncated?): "
                        + DuckDbErrors.firstLine(e));
            }
        }
        String list = files.stream().map(f -> literal(root.resolve(f.key()))).collect(Collectors.joining(", "));
        return "create temp view src_" + table + " as select * from read_parquet([" + list + "], union_by_name = true)";
    }

    /**
     * Kaggle CSVs are read with their header's columns as text and no dialect sniffing, so that a
     * malformed line fails with its line number instead of being guessed around.
     */
    private static String csvView(String table, SourceObject file, Path root) {
        Path path = root.resolve(file.key());
        List<String> header = header(path, file.key());
        String columns = header.stream().map(c -> "'" + c.replace("'", "''") + "': 'VARCHAR'")
                .collect(Collectors.joining(", "));
        return "create temp view src_" + table + " as select * from read_csv(" + literal(path)
                + ", auto_detect = false, header = true, delim = ',', quote = '\"', escape = '\"', columns = {"
                + columns + "})";
    }

    private static List<String> header(Path path, String key) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                throw new DatasetLoadException(key + " is empty: it has no header line.");
            }
            return Arrays.stream(line.split(",")).map(String::strip).map(c -> c.replace("\"", "")).toList();
        } catch (IOException e) {
            throw new DatasetLoadException("Cannot read " + key + ": " + e.getMessage(), e);
        }
    }
}
