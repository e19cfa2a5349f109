package io.duckboard.datasets;

/** Published when a new snapshot starts serving; caches keyed by snapshot version drop their entries. */
public record DatasetLoaded(long version) {
}
