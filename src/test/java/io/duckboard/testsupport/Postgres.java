package io.duckboard.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real local PostgreSQL the PostgreSQL tests run against. {@code .ci/run} sets
 * {@code DUCKBOARD_TEST_POSTGRES_URL} and {@code DUCKBOARD_REQUIRE_POSTGRES=true}; elsewhere an
 * unreachable server makes those tests skipped (reported as such), never silently passed.
 */
public final class Postgres {

    public static final String URL = env("DUCKBOARD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("DUCKBOARD_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("DUCKBOARD_TEST_POSTGRES_PASSWORD", "");

    private Postgres() {
    }

    /** Used by {@code @EnabledIf}: true when a connection opens; fails instead of skipping where it is required. */
    public static boolean reachable() {
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            if (Boolean.parseBoolean(System.getenv("DUCKBOARD_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required here but unreachable at " + URL, e);
            }
            return false;
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
