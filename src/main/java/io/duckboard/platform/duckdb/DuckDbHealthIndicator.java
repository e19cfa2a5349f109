package io.duckboard.platform.duckdb;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code duckdb} health component: UP when a query runs; details name the file, its size and the engine version. */
@Component("duckdb")
class DuckDbHealthIndicator extends AbstractHealthIndicator {

    private final DuckDb duckDb;

    DuckDbHealthIndicator(DuckDb duckDb) {
        super("DuckDB health check failed");
        this.duckDb = duckDb;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        DuckDbInfo info = duckDb.info();
        builder.up()
                .withDetail("file", info.file().toString())
                .withDetail("sizeBytes", info.sizeBytes())
                .withDetail("version", info.version());
    }
}
