package io.duckboard.datasets;

import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GenerationResult;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.testsupport.S3MockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Datasets at full scale (or {@code -Dbench.scale}): generation, load from the local lake and from
 * S3 beside a raw DuckDB import of the same Parquet files (the engine's floor), the pause a
 * concurrent reader sees while snapshots swap, and the snapshot's size on disk.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
        "duckboard.data-dir=target/bench/app",
        "duckboard.duckdb.file=target/bench/app/serving.duckdb",
        "duckboard.logs-dir=target/bench/logs",
        "duckboard.datasets.demo.generate-if-empty=false",
        "duckboard.datasets.local.path=target/bench/app/no-lake"
})
class DatasetsBench {

    private static final int RUNS = 3;
    private static final Path WORK = Path.of("target/bench/datasets");

    @Autowired
    ApplicationContext app;

    private final List<String> report = new ArrayList<>();

    @Test
    void datasets() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        GeneratorSpec spec = new GeneratorSpec(scale, 42);
        line("# Datasets benchmark — scale %s (%,d recipes, %,d interactions, %,d users), %d runs each, %d cores"
                .formatted(scale, spec.recipes(), spec.interactions(), spec.users(), RUNS, Runtime.getRuntime().availableProcessors()));
        line("");
        line("| figure | median | min | max | target |");
        line("|---|---|---|---|---|");

        Path lake = WORK.resolve("lake");
        List<Double> generation = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            GenerationResult result = new DemoDataGenerator(DatasetFixture.DUCKDB).generate(spec, lake);
            generation.add(result.took().toMillis() / 1000.0);
        }
        row("generate demo data (s)", generation, "≤ 10 s");

        row("raw DuckDB import of the same Parquet, no checks (s) — the floor", rawImport(lake), "");
        List<Double> local = new ArrayList<>();
        Path snapshot = null;
        for (int run = 0; run < RUNS; run++) {
            try (DatasetFixture datasets = DatasetFixture.local(WORK.resolve("local-" + run), lake, app)) {
                DatasetLoadView load = datasets.load();
                require(load);
                local.add(load.duration().toMillis() / 1000.0);
                snapshot = datasets.duckDb.currentFile();
                Files.copy(snapshot, WORK.resolve("snapshot-" + run + ".duckdb"));
            }
        }
        row("load from local lake: list, validate, build, derive, swap (s)", local, "≤ 3 s");
        row("overhead vs raw import (ratio)", ratios(local, rawImportMedian), "");

        S3MockServer s3 = S3MockServer.get();
        s3.upload(lake, "bench/");
        List<Double> remote = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            DatasetsProperties.S3 settings = new DatasetsProperties.S3(S3MockServer.BUCKET, "bench/", "us-east-1",
                    s3.endpoint(), true, "k", "s", org.springframework.util.unit.DataSize.ofMegabytes(8), 4, Duration.ofSeconds(30));
            try (DatasetFixture datasets = DatasetFixture.s3(WORK.resolve("s3-" + run), settings, app)) {
                DatasetLoadView load = datasets.load();
                require(load);
                remote.add(load.duration().toMillis() / 1000.0);
            }
        }
        row("load from S3 (S3Mock on loopback, 8 MB parts × 4) (s)", remote, "≤ 3 s");

        swapPause();
        line("");
        line("snapshot size on disk: %.1f MB (lake Parquet: %.1f MB)".formatted(
                Files.size(WORK.resolve("snapshot-0.duckdb")) / 1e6, folderSize(lake) / 1e6));
        Files.write(Path.of("target/bench/datasets.md"), report);
    }

    private double rawImportMedian;

    private List<Double> rawImport(Path lake) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Path file = WORK.resolve("raw-" + run + ".duckdb");
            long start = System.nanoTime();
            try (Connection connection = DuckDbConnections.open(file, false, DatasetFixture.DUCKDB);
                 Statement statement = connection.createStatement()) {
                for (String table : List.of("recipes", "interactions", "users")) {
                    statement.execute("create table " + table + " as select * from read_parquet("
                            + DuckDbConnections.literal(lake.resolve(table + "/" + table + ".parquet")) + ")");
                }
                statement.execute("checkpoint");
            }
            times.add((System.nanoTime() - start) / 1e9);
        }
        rawImportMedian = median(times);
        return times;
    }

    /** A reader runs a small query in a loop; its slowest query while 20 swaps happen is the pause it saw. */
    private void swapPause() throws Exception {
        Path a = WORK.resolve("snapshot-0.duckdb");
        Path b = WORK.resolve("snapshot-1.duckdb");
        DuckDb duckDb = new DuckDb(new DuckDbProperties(WORK.resolve("swap-home.duckdb"), 2, null));
        try {
            duckDb.swapTo(a, true);
            List<Double> baseline = readerLatencies(duckDb, () -> { }, 400);
            List<Double> swaps = new ArrayList<>();
            List<Double> during = readerLatencies(duckDb, () -> {
                for (int i = 0; i < 20; i++) {
                    long start = System.nanoTime();
                    duckDb.swapTo(i % 2 == 0 ? b : a, true);
                    swaps.add((System.nanoTime() - start) / 1e6);
                }
            }, 0);
            Collections.sort(baseline);
            Collections.sort(during);
            line("| reader query, no swaps (ms): p50 / p99 / max | %.2f | %.2f | %.2f | |"
                    .formatted(pct(baseline, 50), pct(baseline, 99), baseline.getLast()));
            line("| reader query while 20 swaps run (ms): p50 / p99 / max = swap pause | %.2f | %.2f | %.2f | ≤ 50 ms |"
                    .formatted(pct(during, 50), pct(during, 99), during.getLast()));
            row("one swap: open new snapshot + switch (ms), in the loader's thread", swaps, "");
        } finally {
            duckDb.destroy();
        }
    }

    private static List<Double> readerLatencies(DuckDb duckDb, Runnable work, int minimumQueries) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get() || latencies.size() < minimumQueries) {
                long start = System.nanoTime();
                duckDb.query("select count(*) from recipes where minutes > ?", r -> r.getLong(1), 30);
                latencies.add((System.nanoTime() - start) / 1e6);
            }
        });
        work.run();
        done.set(true);
        reader.join();
        return new ArrayList<>(latencies);
    }

    private static void require(DatasetLoadView load) {
        if (load.status() != LoadStatus.SUCCEEDED) {
            throw new IllegalStateException("bench load failed: " + load.error());
        }
    }

    private void row(String name, List<Double> values, String target) {
        line("| %s | %.2f | %.2f | %.2f | %s |".formatted(name, median(values), Collections.min(values), Collections.max(values), target));
    }

    private static List<Double> ratios(List<Double> values, double floor) {
        return values.stream().map(v -> v / floor).toList();
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text.startsWith("|") || text.startsWith("#") ? text : "BENCH " + text);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double pct(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static long folderSize(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
