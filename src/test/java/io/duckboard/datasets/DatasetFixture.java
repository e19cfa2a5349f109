package io.duckboard.datasets;

import io.duckboard.datasets.repository.DatasetLoadLog;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.platform.logging.UserActions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.unit.DataSize;

/**
 * A dataset service of its own (own DuckDB file, own snapshots folder) wired to the application's
 * real app database and beans, so that a test can break its source without touching the app's.
 */
final class DatasetFixture implements AutoCloseable {

    static final DuckDbProperties DUCKDB = new DuckDbProperties(Path.of("unused"), 2, null);

    final DuckDb duckDb;
    final DatasetService service;
    final Path dir;

    private DatasetFixture(Path dir, DatasetsProperties properties, DatasetLoadLog history,
                           ApplicationEventPublisher events, UserActions userActions, Clock clock) {
        this.dir = dir;
        this.duckDb = new DuckDb(new DuckDbProperties(dir.resolve("serving.duckdb"), 2, null));
        this.service = new DatasetService(properties, () -> properties, DUCKDB, duckDb, history, events, userActions, clock);
    }

    /** A fixture reading a local folder, using the application's own load history, events, user-action log and clock. */
    static DatasetFixture local(Path dir, Path lake, ApplicationContext app) {
        return of(dir, properties(dir, DatasetsProperties.SourceType.LOCAL, lake, s3(null, "", null)), app);
    }

    static DatasetFixture s3(Path dir, DatasetsProperties.S3 s3, ApplicationContext app) {
        return of(dir, properties(dir, DatasetsProperties.SourceType.S3, dir.resolve("unused-lake"), s3), app);
    }

    private static DatasetFixture of(Path dir, DatasetsProperties properties, ApplicationContext app) {
        return new DatasetFixture(dir, properties, app.getBean(DatasetLoadLog.class), app,
                app.getBean(UserActions.class), app.getBean(Clock.class));
    }

    static DatasetsProperties.S3 s3(@Nullable String bucket, String prefix, @Nullable URI endpoint) {
        return s3(bucket, prefix, endpoint, "test-key", "test-secret");
    }

    static DatasetsProperties.S3 s3(@Nullable String bucket, String prefix, @Nullable URI endpoint, String key, String secret) {
        return new DatasetsProperties.S3(bucket, prefix, "us-east-1", endpoint, true, key, secret,
                DataSize.ofKilobytes(64), 4, Duration.ofSeconds(3));
    }

    /** Runs a manual load to its end. */
    DatasetLoadView load() throws Exception {
        return service.reload(LoadTrigger.MANUAL).get(60, TimeUnit.SECONDS);
    }

    long count(String table) {
        return duckDb.query("select count(*) from " + table, row -> row.getLong(1)).getFirst();
    }

    @Override
    public void close() throws InterruptedException {
        service.destroy();
        duckDb.destroy();
    }

    private static DatasetsProperties properties(Path dir, DatasetsProperties.SourceType type, Path lake,
                                                 DatasetsProperties.S3 s3) {
        return new DatasetsProperties(type, new DatasetsProperties.Local(lake), s3,
                dir.resolve("snapshots"), dir.resolve("staging"), Duration.ofHours(1), false, 2,
                new DatasetsProperties.Demo(false, 0.01, 42));
    }
}
