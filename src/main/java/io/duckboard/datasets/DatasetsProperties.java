package io.duckboard.datasets;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the dataset comes from and how snapshots are kept, bound under {@code duckboard.datasets}.
 *
 * @param source          {@code local} (a folder) or {@code s3}
 * @param refreshInterval how often the source is checked for changes
 * @param retention       how many snapshot files to keep on disk, the serving one included
 */
@ConfigurationProperties("duckboard.datasets")
public record DatasetsProperties(
        @DefaultValue("local") SourceType source,
        @DefaultValue Local local,
        @DefaultValue S3 s3,
        @DefaultValue("data/snapshots") Path snapshotsDir,
        @DefaultValue("data/staging") Path stagingDir,
        @DefaultValue("1h") Duration refreshInterval,
        @DefaultValue("true") boolean autoRefresh,
        @DefaultValue("3") int retention,
        @DefaultValue Demo demo) {

    public enum SourceType { LOCAL, S3 }

    /** @param path the lake folder: {@code recipes/*.parquet, interactions/*.parquet[, users/*.parquet]} or the Kaggle CSVs */
    public record Local(@DefaultValue("data/lake") Path path) {
    }

    /**
     * @param endpoint        override for S3-compatible servers (MinIO, …); empty for AWS
     * @param accessKeyId     with {@code secretAccessKey}; both empty → the default AWS credentials chain
     * @param partSize        objects larger than this are downloaded as parallel ranged parts
     */
    public record S3(
            @Nullable String bucket,
            @DefaultValue("") String prefix,
            @DefaultValue("us-east-1") String region,
            @Nullable URI endpoint,
            @DefaultValue("false") boolean pathStyle,
            @Nullable String accessKeyId,
            @Nullable String secretAccessKey,
            @DefaultValue("8MB") DataSize partSize,
            @DefaultValue("4") int parallelism,
            @DefaultValue("10s") Duration timeout) {
    }

    /** Demo data generated into an empty default lake on first start. */
    public record Demo(
            @DefaultValue("true") boolean generateIfEmpty,
            @DefaultValue("1.0") double scale,
            @DefaultValue("42") long seed) {
    }
}
