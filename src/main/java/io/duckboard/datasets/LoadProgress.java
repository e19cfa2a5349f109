package io.duckboard.datasets;

/**
 * Where a running load is.
 *
 * @param phase    {@code Generating demo data}, {@code Checking the source}, {@code Downloading}, {@code Building the snapshot}, {@code Switching}
 * @param fraction of the whole load done, 0 to 1
 * @param detail   e.g. {@code 12.5 of 48.0 MB, 2 of 3 files}
 */
public record LoadProgress(String phase, double fraction, String detail) {
}
