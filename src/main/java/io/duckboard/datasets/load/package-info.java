/** Turns source files into a validated DuckDB snapshot file: layout detection, schema checks, typed tables, derived tables. */
@NullMarked
package io.duckboard.datasets.load;

import org.jspecify.annotations.NullMarked;
