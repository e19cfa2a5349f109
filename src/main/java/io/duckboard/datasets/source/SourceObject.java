package io.duckboard.datasets.source;

/**
 * One file of a dataset source.
 *
 * @param key     path relative to the source root or prefix, with {@code /} separators
 * @param version what changes when the content changes: the S3 ETag, or a local file's modification time
 */
public record SourceObject(String key, long size, String version) {
}
