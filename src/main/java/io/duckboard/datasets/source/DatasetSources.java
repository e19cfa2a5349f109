package io.duckboard.datasets.source;

import io.duckboard.datasets.DatasetsProperties;

/** Builds the configured source; a remote one must be closed after use. */
public final class DatasetSources {

    private DatasetSources() {
    }

    public static DatasetSource from(DatasetsProperties properties) {
        return switch (properties.source()) {
            case LOCAL -> new LocalFolderSource(properties.local().path());
            case S3 -> new S3Source(properties.s3());
        };
    }

    public static void closeQuietly(DatasetSource source) {
        if (source instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing an HTTP client pool: nothing a user can act on
            }
        }
    }
}
