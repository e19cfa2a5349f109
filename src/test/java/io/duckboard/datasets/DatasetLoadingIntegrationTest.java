package io.duckboard.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.datasets.repository.DatasetLoadLog;
import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.testsupport.DuckboardAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;

@DuckboardAppTest
class DatasetLoadingIntegrationTest {

    private static final GeneratorSpec SMALL = new GeneratorSpec(0.005, 3);

    @TempDir
    static Path shared;
    static Path pristine;

    @Autowired
    ApplicationContext app;
    @Autowired
    DatasetLoadLog history;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateLake() {
        pristine = shared.resolve("pristine");
        new DemoDataGenerator(DatasetFixture.DUCKDB).generate(SMALL, pristine);
    }

    @Test
    void a_local_lake_loads_into_a_new_snapshot_with_exact_counts_and_derived_tables() throws Exception {
        try (DatasetFixture datasets = fixture(copyOfPristine())) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).as(String.valueOf(load.error())).isEqualTo(LoadStatus.SUCCEEDED);
            assertThat(load.rowCounts()).containsEntry("recipes", SMALL.recipes())
                    .containsEntry("interactions", SMALL.interactions()).containsEntry("users", SMALL.users());
            assertThat(datasets.count("interactions")).isEqualTo(SMALL.interactions());
            assertThat(datasets.duckDb.query("select sum(interactions) from interactions_daily", r -> r.getLong(1)))
                    .containsExactly(SMALL.interactions());
            assertThat(datasets.service.tables()).extracting(TableInfo::name).containsExactly(
                    "recipes", "interactions", "users", "recipe_stats", "interactions_daily", "interactions_monthly", "recipe_tags");
            assertThat(datasets.service.preview("recipes", 10, 5)).hasSize(5).allSatisfy(row -> assertThat(row).hasSize(12));
            assertThat(datasets.service.status().serving().id()).isEqualTo(load.id());
            assertThat(datasets.duckDb.query("select version from snapshot_info", r -> r.getLong(1))).containsExactly(load.id());
        }
    }

    @Test
    void an_unchanged_source_is_not_rebuilt_and_a_changed_one_is() throws Exception {
        Path lake = copyOfPristine();
        try (DatasetFixture datasets = fixture(lake)) {
            DatasetLoadView first = datasets.load();
            DatasetLoadView second = datasets.load();
            replaceWith(lake, generate(new GeneratorSpec(0.004, 9)));
            DatasetLoadView third = datasets.load();

            assertThat(second.status()).isEqualTo(LoadStatus.UNCHANGED);
            assertThat(datasets.service.status().serving().id()).isEqualTo(third.id());
            assertThat(third.status()).isEqualTo(LoadStatus.SUCCEEDED);
            assertThat(datasets.count("recipes")).isEqualTo(new GeneratorSpec(0.004, 9).recipes());
            try (Stream<Path> files = Files.list(datasets.dir.resolve("snapshots"))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .containsExactlyInAnyOrder("snapshot-%06d.duckdb".formatted(first.id()), "snapshot-%06d.duckdb".formatted(third.id()));
            }
        }
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("corrupt parquet", (Breakage) lake -> Files.writeString(parquet(lake, "interactions"), "not parquet at all"),
                        "interactions/interactions.parquet is not a readable Parquet file"),
                Arguments.of("truncated parquet", (Breakage) lake -> truncate(parquet(lake, "recipes")),
                        "recipes/recipes.parquet is not a readable Parquet file"),
                Arguments.of("missing column", (Breakage) lake -> rewrite(lake, "recipes", "select * exclude (minutes) from src"),
                        "recipes (recipes/*.parquet): column 'minutes' is missing"),
                Arguments.of("wrong type", (Breakage) lake -> rewrite(lake, "recipes",
                                "select * replace (case when id = 7 then 'forty' else minutes::varchar end as minutes) from src"),
                        "recipes.minutes (recipes/*.parquet): 1 value(s) are not a whole number of minutes, e.g. 'forty'"),
                Arguments.of("duplicate keys", (Breakage) lake -> rewrite(lake, "recipes",
                                "select * from src union all select * from src where id in (5, 6)"),
                        "recipes (recipes/*.parquet): 2 duplicate id value(s), e.g. 5 appears 2 times"),
                Arguments.of("empty source", (Breakage) lake -> FileSystemUtils.deleteRecursively(lake),
                        "is empty: nothing to load"),
                Arguments.of("missing table", (Breakage) lake -> FileSystemUtils.deleteRecursively(lake.resolve("interactions")),
                        "No dataset found in local folder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void a_bad_source_fails_with_a_clear_reason_and_the_old_snapshot_keeps_serving(String name, Breakage breakage,
                                                                                   String reason) throws Exception {
        Path lake = copyOfPristine();
        try (DatasetFixture datasets = fixture(lake)) {
            DatasetLoadView good = datasets.load();
            breakage.apply(lake);

            DatasetLoadView bad = datasets.load();

            assertThat(bad.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(bad.error()).contains(reason);
            DatasetStatus status = datasets.service.status();
            assertThat(status.serving().id()).isEqualTo(good.id());
            assertThat(status.degraded()).isTrue();
            assertThat(datasets.count("interactions")).as("the old snapshot still answers").isEqualTo(SMALL.interactions());
            assertThat(history.recent(50)).anySatisfy(recorded -> {
                assertThat(recorded.id()).isEqualTo(bad.id());
                assertThat(recorded.error()).contains(reason);
            });
        }
    }

    @Test
    void the_kaggle_csv_files_load_with_their_python_lists_parsed() throws Exception {
        Path lake = dir.resolve("kaggle");
        Files.createDirectories(lake);
        Files.writeString(lake.resolve("RAW_recipes.csv"), """
                name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients
                arriba   baked winter squash mexican style,137739,55,47892,2005-09-16,"['60-minutes-or-less', 'time-to-make', 'course']","[51.5, 0.0, 13.0, 0.0, 2.0, 0.0, 4.0]",2,"['make a choice and proceed with recipe', ""grandma's way: cut squash in half""]",autumn is my favorite time of year to cook!,"['winter squash', 'mexican seasoning']",2
                a bit different  breakfast pizza,31490,30,26278,2002-06-17,"['30-minutes-or-less', 'breakfast']","[173.4, 18.0, 0.0, 17.0, 22.0, 35.0, 1.0]",1,['preheat oven to 425 degrees f'],this recipe calls for the crust to be prebaked a bit,"['prepared pizza crust', 'sausage patty', 'eggs']",3
                """);
        Files.writeString(lake.resolve("RAW_interactions.csv"), """
                user_id,recipe_id,date,rating,review
                38094,137739,2003-02-17,4,"Great with a salad. Cooked on top of stove for 15 minutes.Added a shake of cayenne and a pinch of salt.  Used low fat sour cream.  Thanks."
                1293707,137739,2011-12-21,5,"So simple, so delicious! Great for chilly fall evening. Should have doubled it ;)"
                8937,31490,2002-12-01,4,"This worked very well and is EASY.  I used not quite a whole package (10oz) of white chips.  Great!"
                """);
        try (DatasetFixture datasets = fixture(lake)) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).as(String.valueOf(load.error())).isEqualTo(LoadStatus.SUCCEEDED);
            assertThat(load.rowCounts()).containsEntry("recipes", 2L).containsEntry("interactions", 3L).containsEntry("users", 3L);
            assertThat(datasets.duckDb.query("select tags, steps[2], nutrition.calories, nutrition.carbohydrates from recipes where id = 137739",
                    r -> List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4))))
                    .containsExactly(List.of("[60-minutes-or-less, time-to-make, course]", "grandma's way: cut squash in half", "51.5", "4.0"));
            assertThat(datasets.duckDb.query("select len(ingredients) from recipes where id = 31490", r -> r.getInt(1))).containsExactly(3);
        }
    }

    @Test
    void a_malformed_line_in_a_kaggle_csv_is_named_by_its_line_number() throws Exception {
        Path lake = dir.resolve("kaggle-bad");
        Files.createDirectories(lake);
        Files.writeString(lake.resolve("RAW_recipes.csv"), """
                name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients
                soup,1,10,5,2005-09-16,['soups'],"[51.5, 0.0, 13.0, 0.0, 2.0, 0.0, 4.0]",1,['boil'],hot,['water'],1
                """);
        Files.writeString(lake.resolve("RAW_interactions.csv"), """
                user_id,recipe_id,date,rating,review
                1,1,2003-02-17,4,fine
                2,1,2004-02-17
                """);
        try (DatasetFixture datasets = fixture(lake)) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(load.error()).contains("RAW_interactions.csv line 3", "Expected Number of Columns: 5 Found: 3");
        }
    }

    @Test
    void queries_running_during_repeated_reloads_never_fail_and_never_mix_snapshots() throws Exception {
        Path lake = copyOfPristine();
        Path other = generate(new GeneratorSpec(0.004, 11));
        try (DatasetFixture datasets = fixture(lake)) {
            datasets.load();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            Map<Long, Long> recipesByVersion = new ConcurrentHashMap<>();
            ExecutorService readers = Executors.newFixedThreadPool(3);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(readers.submit(() -> {
                    while (running.get()) {
                        // three tables of one snapshot, read in one query: they must agree with each other
                        List<long[]> row = datasets.duckDb.query("""
                                select (select version from snapshot_info), (select count(*) from recipes),
                                       (select count(*) from recipe_stats)""",
                                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                        long[] values = row.getFirst();
                        assertThat(values[1]).isEqualTo(values[2]);
                        Long seen = recipesByVersion.putIfAbsent(values[0], values[1]);
                        assertThat(seen == null || seen == values[1]).as("version %d always has the same recipes", values[0]).isTrue();
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int round = 0; round < 6; round++) {
                replaceWith(lake, round % 2 == 0 ? other : pristine);
                assertThat(datasets.load().status()).isEqualTo(LoadStatus.SUCCEEDED);
            }
            running.set(false);
            for (Future<?> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
            readers.shutdown();
            assertThat(reads.get()).isGreaterThan(10);
            assertThat(recipesByVersion.values()).contains(SMALL.recipes(), new GeneratorSpec(0.004, 11).recipes());
        }
    }

    private DatasetFixture fixture(Path lake) {
        return DatasetFixture.local(dir.resolve("service"), lake, app);
    }

    private Path copyOfPristine() throws IOException {
        Path lake = dir.resolve("lake");
        FileSystemUtils.copyRecursively(pristine, lake);
        return lake;
    }

    private Path generate(GeneratorSpec spec) {
        Path lake = dir.resolve("generated-" + spec.seed());
        new DemoDataGenerator(DatasetFixture.DUCKDB).generate(spec, lake);
        return lake;
    }

    private static void replaceWith(Path lake, Path source) throws IOException {
        FileSystemUtils.deleteRecursively(lake);
        FileSystemUtils.copyRecursively(source, lake);
    }

    private static Path parquet(Path lake, String table) {
        return lake.resolve(table + "/" + table + ".parquet");
    }

    private static void truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Rewrites one table's Parquet file through a query over {@code src} (its current content). */
    private static void rewrite(Path lake, String table, String query) throws Exception {
        Path file = parquet(lake, table);
        Path next = file.resolveSibling("next.tmp");
        try (Connection connection = DuckDbConnections.open(null, false, DatasetFixture.DUCKDB);
             Statement statement = connection.createStatement()) {
            statement.execute("create view src as select * from read_parquet(" + DuckDbConnections.literal(file) + ")");
            statement.execute("copy (" + query + ") to " + DuckDbConnections.literal(next) + " (format parquet)");
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @FunctionalInterface
    interface Breakage {
        void apply(Path lake) throws Exception;
    }
}
