package io.duckboard.dashboards.query;

import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.datasets.load.DatasetLayout;
import io.duckboard.datasets.load.SnapshotBuilder;
import io.duckboard.datasets.source.LocalFolderSource;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.platform.duckdb.DuckDbProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Each dashboard view's chart data over 60 varied filters (cache off): our query path (leased
 * connection, prepared statement, mapping to records) beside the same SQL on one bare DuckDB JDBC
 * connection — the engine's floor — and the overhead ratio.
 */
class DashboardsBench {

    private static final Path WORK = Path.of("target/bench/dashboards");
    private static final DuckDbProperties SETTINGS = new DuckDbProperties(Path.of("unused"), 0, null);
    private static final int RUNS = 60;
    private final List<String> report = new ArrayList<>();
    private final List<String> perQueryLines = new ArrayList<>();

    @Test
    void dashboards() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
        FileSystemUtils.deleteRecursively(WORK);
        Path lake = WORK.resolve("lake");
        new DemoDataGenerator(SETTINGS).generate(new GeneratorSpec(scale, 42), lake);
        Path snapshot = WORK.resolve("snapshot.duckdb");
        LocalFolderSource source = new LocalFolderSource(lake);
        new SnapshotBuilder(SETTINGS, Clock.systemUTC()).build(DatasetLayout.detect(source.list(), "bench"), lake.toAbsolutePath(),
                snapshot, 1, "bench", share -> { });
        DuckDb duckDb = new DuckDb(new DuckDbProperties(WORK.resolve("home.duckdb"), 0, null));
        duckDb.swapTo(snapshot, true);
        DashboardQueries queries = new DashboardQueries(duckDb);
        queries.setCacheEnabled(false);
        List<String> tags = queries.tags();
        List<DashboardFilters> filters = variedFilters(tags);
        line("# Dashboards benchmark — scale %s, %d varied filters per view, cache off, %d cores".formatted(scale, RUNS,
                Runtime.getRuntime().availableProcessors()));
        line("");
        line("| view: all its chart data | queries | ours p50 (ms) | ours p95 (ms) | raw DuckDB p50 (ms) | raw p95 (ms) "
                + "| overhead (p50 ratio) | slowest query: ours p95 (ms) |");
        line("|---|---|---|---|---|---|---|---|");
        try (Connection raw = DuckDbConnections.open(snapshot, true, SETTINGS)) {
            Query kpis = new Query("KPIs", DashboardQueries::kpisStatement, queries::kpis);
            Query previous = new Query("KPIs, previous period", f -> DashboardQueries.kpisStatement(f.previousPeriod()),
                    f -> queries.kpis(f.previousPeriod()));
            Query monthly = new Query("monthly", DashboardQueries::monthlyStatement, queries::monthly);
            measure(raw, filters, "Overview", kpis, previous, monthly);
            measure(raw, filters, "Trends", monthly);
            measure(raw, filters, "Seasonality", monthly,
                    new Query("weekday × month", DashboardQueries::weekdayByMonthStatement, queries::weekdayByMonth));
            measure(raw, filters, "Weekend effect", new Query("weekend", DashboardQueries::weekendStatement, queries::weekend));
            measure(raw, filters, "Ratings", new Query("rating breakdown", f -> RatingBreakdown.statement(FilterSql.of(f)),
                    queries::ratingBreakdown));
            measure(raw, filters, "Recipes & contributors (first page of each grid, counts)",
                    new Query("recipes", f -> DashboardQueries.recipesStatement(f, "interactions", true, 0, 50, queries.unknownRecipes()),
                            f -> queries.recipes(f, "interactions", true, 0, 50)),
                    new Query("recipe count", DashboardQueries::recipeCountStatement, queries::recipeCount),
                    new Query("contributors", f -> DashboardQueries.contributorsStatement(f, "interactions", true, 0, 50),
                            f -> queries.contributors(f, "interactions", true, 0, 50)),
                    new Query("contributor count", DashboardQueries::contributorCountStatement, queries::contributorCount));
        }
        duckDb.destroy();
        line("");
        line("Each query on its own (our path; target p95 ≤ 50 ms per query):");
        line("");
        line("| view | query | p50 (ms) | p95 (ms) | p95 ≤ 50 ms |");
        line("|---|---|---|---|---|");
        perQueryLines.forEach(this::line);
        Files.write(Path.of("target/bench/dashboards.md"), report);
    }

    /** One query of a view: its statement (run raw) and our public method (the app's path). */
    private record Query(String name, Function<DashboardFilters, Statement> statement, Consumer<DashboardFilters> ours) {
    }

    /** A view's queries one after another (the view runs them in parallel), ours then raw, for each filter. */
    private void measure(Connection raw, List<DashboardFilters> filters, String view, Query... viewQueries) throws Exception {
        for (int warm = 0; warm < 5; warm++) {
            for (Query query : viewQueries) {
                query.ours().accept(filters.get(warm));
                rawRun(raw, query.statement().apply(filters.get(warm)));
            }
        }
        List<Double> oursMs = new ArrayList<>();
        List<Double> rawMs = new ArrayList<>();
        Map<String, List<Double>> perQuery = new LinkedHashMap<>();
        for (DashboardFilters f : filters) {
            double ours = 0;
            for (Query query : viewQueries) {
                long start = System.nanoTime();
                query.ours().accept(f);
                double ms = (System.nanoTime() - start) / 1e6;
                perQuery.computeIfAbsent(query.name(), name -> new ArrayList<>()).add(ms);
                ours += ms;
            }
            oursMs.add(ours);
            long start = System.nanoTime();
            for (Query query : viewQueries) {
                rawRun(raw, query.statement().apply(f));
            }
            rawMs.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(oursMs);
        Collections.sort(rawMs);
        perQuery.forEach((name, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            perQueryLines.add("| %s | %s | %.1f | %.1f | %s |".formatted(view, name, pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 95) <= 50 ? "✔" : "✘"));
        });
        String slowest = perQuery.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), pct(e.getValue().stream().sorted().toList(), 95)))
                .max(Map.Entry.comparingByValue())
                .map(e -> "%.1f (%s)".formatted(e.getValue(), e.getKey())).orElseThrow();
        line("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %s |".formatted(view, viewQueries.length, pct(oursMs, 50), pct(oursMs, 95),
                pct(rawMs, 50), pct(rawMs, 95), pct(oursMs, 50) / pct(rawMs, 50), slowest));
    }

    private static void rawRun(Connection connection, Statement query) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            Object[] parameters = query.parameters();
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    private static List<DashboardFilters> variedFilters(List<String> tags) {
        Random random = new Random(7);
        List<DashboardFilters> filters = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            LocalDate from = LocalDate.of(2000 + random.nextInt(15), 1 + random.nextInt(12), 1);
            LocalDate to = from.plusMonths(6 + random.nextInt(60));
            Set<String> chosen = random.nextInt(3) == 0 ? Set.of(tags.get(random.nextInt(Math.min(30, tags.size())))) : Set.of();
            int minRating = random.nextInt(3);
            filters.add(new DashboardFilters(from, to, chosen, minRating, 5, random.nextInt(4) == 0 ? 5 : 0));
        }
        return filters;
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }

    private static double pct(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
