package io.duckboard.settings;

import io.duckboard.datasets.DatasetsProperties.SourceType;
import java.time.Duration;

/**
 * The data source as the settings form edits it. The secret key is not part of it: it is written
 * only when a new one is typed, and never read back.
 */
public record DataSourceSettings(SourceType type, String endpoint, String region, String bucket, String prefix,
                                 String accessKeyId, boolean pathStyle, Duration refreshInterval) {
}
