/**
 * Datasets: the Food.com-shaped tables (recipes, interactions, users) loaded from S3 or a local
 * folder into immutable DuckDB snapshots that are swapped in atomically.
 */
@NullMarked
package io.duckboard.datasets;

import org.jspecify.annotations.NullMarked;
