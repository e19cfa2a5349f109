package io.duckboard.platform.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Features run their DuckDB SQL through this component: parameterised SQL in, mapped rows out,
 * each call on its own connection so that reads run concurrently. The database behind it can be
 * replaced by {@link #swapTo(Path, boolean)}: queries already running finish on the old file, new
 * queries see the new one, and nobody ever sees a mix.
 */
@Component
public class DuckDb implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DuckDb.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final DuckDbProperties properties;
    private final AtomicReference<@Nullable DuckDbDatabase> current = new AtomicReference<>();

    public DuckDb(DuckDbProperties properties) {
        this.properties = properties;
        current.set(DuckDbDatabase.open(properties.file(), false, properties));
    }

    /** Runs a parameterised query and maps every row. Parameters bind to {@code ?} in order. */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /** Runs a parameterised statement and returns the number of rows it changed. */
    public long update(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeLargeUpdate();
            }
        });
    }

    /** Leases a connection of the current database for the duration of the callback. */
    public <T> T withConnection(ConnectionCallback<T> work) {
        DuckDbDatabase database = acquire();
        try (Connection connection = database.newConnection()) {
            return work.doWith(connection);
        } catch (SQLException e) {
            throw new DuckDbException("DuckDB query failed: " + e.getMessage(), e);
        } finally {
            database.release();
        }
    }

    /**
     * Makes {@code file} the database every new query uses. The previous database is closed once
     * its in-flight queries finish; its file is left in place for the caller to keep or delete.
     */
    public void swapTo(Path file, boolean readOnly) {
        DuckDbDatabase next = DuckDbDatabase.open(file, readOnly, properties);
        DuckDbDatabase previous = current.getAndSet(next);
        if (previous != null) {
            previous.release();
        }
        log.info("DuckDB now serves {}", file);
    }

    /** The file new queries run on. */
    public Path currentFile() {
        return requireOpen().file();
    }

    /** Describes the current database for health and the UI. */
    public DuckDbInfo info() {
        Path file = currentFile();
        String version = query("select version()", row -> row.getString(1)).getFirst();
        return new DuckDbInfo(file.toAbsolutePath(), sizeOf(file), version);
    }

    @Override
    public void destroy() throws InterruptedException {
        DuckDbDatabase last = current.getAndSet(null);
        if (last == null) {
            return;
        }
        last.release();
        if (!last.awaitClosed(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
            log.warn("DuckDB {} still had {} queries running at shutdown", last.file(), last.activeLeases());
        }
    }

    private DuckDbDatabase acquire() {
        while (true) {
            DuckDbDatabase database = requireOpen();
            if (database.tryAcquire()) {
                return database;
            }
            Thread.onSpinWait(); // lost a race with a swap: the next read sees the new database
        }
    }

    private DuckDbDatabase requireOpen() {
        DuckDbDatabase database = current.get();
        if (database == null) {
            throw new IllegalStateException("DuckDB is closed: the application is shutting down");
        }
        return database;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
