package io.duckboard.platform.duckdb;

/** A DuckDB operation failed; the message names what was being done and DuckDB's reason. */
public class DuckDbException extends RuntimeException {

    public DuckDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
