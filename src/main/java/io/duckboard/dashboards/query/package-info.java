/** Dashboard SQL on DuckDB: parameterised, cached per snapshot version. */
@NullMarked
package io.duckboard.dashboards.query;

import org.jspecify.annotations.NullMarked;
