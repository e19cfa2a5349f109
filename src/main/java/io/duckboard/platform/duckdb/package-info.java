/**
 * The one place that opens DuckDB: it owns the current database file, leases a connection per
 * query so reads run concurrently, swaps to a new snapshot file atomically and closes the old one
 * once its in-flight queries finish.
 */
@NullMarked
package io.duckboard.platform.duckdb;

import org.jspecify.annotations.NullMarked;
