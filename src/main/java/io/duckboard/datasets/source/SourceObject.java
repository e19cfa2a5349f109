package io.duckboard.datasets.source;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One file of a dataset source.
 *
 * @param key     path relative to the source root or prefix, with {@code /} separators
 * @param version what changes when the content changes: the S3 ETag, or a local file's modification time
 * @param modified when the object was last written, when the source says
 */
public record SourceObject(String key, long size, String version, @Nullable Instant modified) {

    public SourceObject(String key, long size, String version) {
        this(key, size, version, null);
    }
}
