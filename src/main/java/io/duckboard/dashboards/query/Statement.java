package io.duckboard.dashboards.query;

/**
 * One dashboard query as it goes to DuckDB: the SQL text (built from our constants only) and its bound
 * parameters. The queries build these, and the benchmark runs the very same ones on a bare connection.
 */
record Statement(String sql, Object... parameters) {
}
