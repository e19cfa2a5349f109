package io.duckboard.datasets.source;

/** Called as bytes arrive; implementations must be thread-safe (parts download in parallel). */
@FunctionalInterface
public interface FetchProgress {

    FetchProgress NONE = (bytes, objectDone) -> { };

    /** {@code bytes} more arrived; {@code objectDone} when they completed an object. */
    void advanced(long bytes, boolean objectDone);
}
