/** Duckboard: self-hosted analytics over DuckDB, packaged by feature. */
@NullMarked
package io.duckboard;

import org.jspecify.annotations.NullMarked;
