package io.duckboard.platform.duckdb;

import java.nio.file.Path;

/** What health and the Home view show about the DuckDB database being served. */
public record DuckDbInfo(Path file, long sizeBytes, String version) {
}
