package io.duckboard.platform.duckdb;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one leased DuckDB connection (streaming reads, appenders, multi-statement work). */
@FunctionalInterface
public interface ConnectionCallback<T> {

    T doWith(Connection connection) throws SQLException;
}
