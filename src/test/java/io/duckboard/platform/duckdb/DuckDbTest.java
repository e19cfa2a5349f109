package io.duckboard.platform.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTest {

    @TempDir
    Path dir;

    private DuckDb duckDb;

    @AfterEach
    void close() throws InterruptedException {
        if (duckDb != null) {
            duckDb.destroy();
        }
    }

    @Test
    void binds_parameters_and_maps_rows() {
        duckDb = open("main.duckdb");
        duckDb.update("create table recipes(id integer, name varchar)");
        duckDb.update("insert into recipes values (?, ?), (?, ?)", 1, "soup", 2, "pie");

        List<String> names = duckDb.query("select name from recipes where id >= ? order by id", r -> r.getString(1), 1);

        assertThat(names).containsExactly("soup", "pie");
    }

    @Test
    void user_text_is_bound_never_spliced_into_sql() {
        duckDb = open("main.duckdb");
        duckDb.update("create table t(name varchar)");
        duckDb.update("insert into t values ('x')");

        List<Long> count = duckDb.query("select count(*) from t where name = ?", r -> r.getLong(1), "x' or '1'='1");

        assertThat(count).containsExactly(0L);
    }

    @Test
    void a_bad_query_fails_with_duckdbs_reason_and_the_component_keeps_working() {
        duckDb = open("main.duckdb");

        assertThatThrownBy(() -> duckDb.query("select * from missing_table", r -> 1))
                .isInstanceOf(DuckDbException.class)
                .hasMessageContaining("missing_table");
        assertThat(duckDb.query("select 41 + 1", r -> r.getInt(1))).containsExactly(42);
    }

    @Test
    void data_survives_a_clean_close_and_reopen() throws InterruptedException {
        duckDb = open("main.duckdb");
        duckDb.update("create table kept as select range as n from range(1000)");
        duckDb.destroy();

        duckDb = open("main.duckdb");
        assertThat(duckDb.query("select sum(n) from kept", r -> r.getLong(1))).containsExactly(499_500L);
    }

    @Test
    void info_reports_file_size_and_version() {
        duckDb = open("main.duckdb");

        DuckDbInfo info = duckDb.info();

        assertThat(info.file()).isEqualTo(dir.resolve("main.duckdb").toAbsolutePath());
        assertThat(info.sizeBytes()).isPositive();
        assertThat(info.version()).startsWith("v1.");
    }

    @Test
    void queries_run_concurrently_on_separate_connections() throws Exception {
        duckDb = open("main.duckdb");
        int threads = 4;
        CountDownLatch allInside = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> duckDb.withConnection(connection -> {
                    allInside.countDown();
                    // every query holds its connection until all four are inside at once
                    return awaitQuietly(allInside);
                })));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void swapping_under_load_never_fails_a_query_nor_mixes_versions() throws Exception {
        Path[] versions = {snapshot("v1.duckdb", 1), snapshot("v2.duckdb", 2), snapshot("v3.duckdb", 3)};
        duckDb = open("main.duckdb");
        duckDb.swapTo(versions[0], true);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger queries = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            futures.add(readers.submit(() -> {
                while (running.get()) {
                    // both tables of a snapshot carry its version: a mixed read would show two values
                    List<Long> seen = duckDb.query(
                            "select count(distinct v) from (select v from a union all select v from b)", r -> r.getLong(1));
                    assertThat(seen).containsExactly(1L);
                    queries.incrementAndGet();
                }
                return null;
            }));
        }
        for (int round = 0; round < 30; round++) {
            duckDb.swapTo(versions[round % 3], true);
        }
        running.set(false);
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
        readers.shutdown();
        assertThat(queries.get()).isPositive();
        assertThat(duckDb.currentFile()).isEqualTo(versions[29 % 3]);
    }

    @Test
    void a_swapped_out_database_closes_once_its_last_query_finishes() throws Exception {
        Path v1 = snapshot("v1.duckdb", 1);
        Path v2 = snapshot("v2.duckdb", 2);
        duckDb = open("main.duckdb");
        duckDb.swapTo(v1, true);
        CountDownLatch inQuery = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Long> slow = pool.submit(() -> duckDb.withConnection(connection -> {
            inQuery.countDown();
            awaitQuietly(finish);
            try (var rows = connection.createStatement().executeQuery("select v from a")) {
                rows.next();
                return rows.getLong(1);
            }
        }));
        inQuery.await(10, TimeUnit.SECONDS);

        duckDb.swapTo(v2, true);
        assertThat(duckDb.query("select max(v) from a", r -> r.getLong(1))).containsExactly(2L);
        // DuckDB refuses a read-write open of a file this process still holds read-only
        assertThatThrownBy(() -> new DuckDb(new DuckDbProperties(v1, 1, null))).isInstanceOf(DuckDbException.class);
        finish.countDown();

        assertThat(slow.get(10, TimeUnit.SECONDS)).as("the in-flight query finished on its own snapshot").isEqualTo(1L);
        pool.shutdown();
        DuckDb reopened = new DuckDb(new DuckDbProperties(v1, 1, null)); // closed now, so it opens
        reopened.destroy();
    }

    @Test
    void after_shutdown_queries_are_refused_clearly() throws InterruptedException {
        duckDb = open("main.duckdb");
        duckDb.destroy();

        assertThatThrownBy(() -> duckDb.query("select 1", r -> 1)).hasMessageContaining("shutting down");
        duckDb = null;
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private DuckDb open(String name) {
        return new DuckDb(new DuckDbProperties(dir.resolve(name), 2, "512MB"));
    }

    private Path snapshot(String name, int version) {
        Path file = dir.resolve(name);
        DuckDb writer = new DuckDb(new DuckDbProperties(file, 1, null));
        writer.update("create table a as select " + version + " as v, range as n from range(20000)");
        writer.update("create table b as select " + version + " as v, range as n from range(20000)");
        try {
            writer.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return file;
    }
}
