package io.duckboard.platform.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps the current row of a result set to a value, typically a record. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
