package io.duckboard.platform.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open DuckDB database file with a lease count. The holder of the "current" reference owns one
 * lease; each query takes another. The file is closed when the count drops to zero, so a swapped-out
 * snapshot stays open exactly as long as queries still run on it.
 */
final class DuckDbDatabase {

    private static final Logger log = LoggerFactory.getLogger(DuckDbDatabase.class);

    private final Path file;
    private final DuckDBConnection root;
    private final AtomicInteger leases = new AtomicInteger(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private DuckDbDatabase(Path file, DuckDBConnection root) {
        this.file = file;
        this.root = root;
    }

    static DuckDbDatabase open(Path file, boolean readOnly, DuckDbProperties properties) {
        Connection connection = DuckDbConnections.open(file, readOnly, properties);
        try {
            log.debug("Opened DuckDB {} (read-only: {})", file, readOnly);
            return new DuckDbDatabase(file, connection.unwrap(DuckDBConnection.class));
        } catch (SQLException e) {
            throw new DuckDbException("Could not open DuckDB file " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** Takes a lease unless the database is already draining to close; the caller then retries on the new current. */
    boolean tryAcquire() {
        while (true) {
            int current = leases.get();
            if (current == 0) {
                return false;
            }
            if (leases.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (leases.decrementAndGet() == 0) {
            closeRoot();
        }
    }

    int activeLeases() {
        return leases.get();
    }

    /** A new connection to this database for one query; DuckDB runs connections of one database in parallel. */
    Connection newConnection() throws SQLException {
        return root.duplicate();
    }

    boolean awaitClosed(long timeout, TimeUnit unit) throws InterruptedException {
        return closed.await(timeout, unit);
    }

    private void closeRoot() {
        try {
            root.close();
            log.debug("Closed DuckDB {}", file);
        } catch (SQLException e) {
            log.warn("Closing DuckDB {} failed: {}", file, e.getMessage());
        } finally {
            closed.countDown();
        }
    }
}
