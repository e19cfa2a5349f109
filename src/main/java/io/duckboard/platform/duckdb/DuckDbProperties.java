package io.duckboard.platform.duckdb;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DuckDB settings, bound under {@code duckboard.duckdb}.
 *
 * @param file         the database file opened at start-up (created if missing)
 * @param threads      worker threads per database; 0 lets DuckDB use every core
 * @param memoryLimit  DuckDB's {@code memory_limit} (e.g. {@code 4GB}); empty keeps DuckDB's default (80% of RAM)
 */
@ConfigurationProperties("duckboard.duckdb")
public record DuckDbProperties(
        @DefaultValue("data/duckboard.duckdb") Path file,
        @DefaultValue("0") int threads,
        @Nullable String memoryLimit) {
}
