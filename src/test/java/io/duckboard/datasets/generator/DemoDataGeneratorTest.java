package io.duckboard.datasets.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.duckboard.platform.duckdb.DuckDbConnections;
import io.duckboard.platform.duckdb.DuckDbProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo data must tell the same stories as the real Food.com data; checked on the 0.01 scale. */
class DemoDataGeneratorTest {

    private static final DuckDbProperties SETTINGS = new DuckDbProperties(Path.of("unused"), 2, null);
    private static final GeneratorSpec SPEC = new GeneratorSpec(0.01, 7);

    @TempDir
    static Path lake;

    static GenerationResult result;

    @BeforeAll
    static void generate() {
        result = new DemoDataGenerator(SETTINGS).generate(SPEC, lake);
    }

    @Test
    void writes_one_parquet_folder_per_table_with_the_scaled_seed_counts() throws Exception {
        assertThat(lake.resolve("recipes/recipes.parquet")).exists();
        assertThat(lake.resolve("interactions/interactions.parquet")).exists();
        assertThat(lake.resolve("users/users.parquet")).exists();
        assertThat(result.recipes()).isEqualTo(1_783);
        assertThat(result.interactions()).isEqualTo(11_324);
        assertThat(result.users()).isEqualTo(251);
        assertThat(number("select count(*) from read_parquet(%s)".formatted(file("users")))).isEqualTo(251);
        try (var hidden = Files.list(lake)) {
            assertThat(hidden.filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }

    @Test
    void the_same_seed_gives_identical_data_and_another_seed_does_not(@TempDir Path again, @TempDir Path other)
            throws SQLException {
        new DemoDataGenerator(SETTINGS).generate(SPEC, again);
        new DemoDataGenerator(SETTINGS).generate(new GeneratorSpec(0.01, 8), other);

        for (String table : DemoDataGenerator.TABLES) {
            String digest = "select sum(hash(t)) from read_parquet('%s') t";
            double first = number(digest.formatted(lake.resolve(table + "/" + table + ".parquet")));
            assertThat(number(digest.formatted(again.resolve(table + "/" + table + ".parquet")))).as(table).isEqualTo(first);
            assertThat(number(digest.formatted(other.resolve(table + "/" + table + ".parquet")))).as(table).isNotEqualTo(first);
        }
    }

    @Test
    void ratings_are_skewed_to_five_with_a_few_zeros() throws SQLException {
        double fives = share("rating = 5");
        double zeros = share("rating = 0");

        assertThat(fives).isCloseTo(0.70, within(0.04));
        assertThat(zeros).isBetween(0.02, 0.08);
        assertThat(number("select count(*) from read_parquet(%s) where rating not between 0 and 5".formatted(file("interactions")))).isZero();
    }

    @Test
    void activity_peaks_around_2008_2009_and_then_declines() throws SQLException {
        double peakYear = number("""
                select year(date) from read_parquet(%s) group by 1 order by count(*) desc limit 1""".formatted(file("interactions")));
        assertThat(peakYear).isBetween(2008.0, 2010.0);
        assertThat(yearCount(2009)).isGreaterThan(3 * yearCount(2003)).isGreaterThan(3 * yearCount(2016));
        assertThat(number("select (min(year(date)) >= 2000 and max(date) <= date '2018-12-31')::int from read_parquet(%s)"
                .formatted(file("interactions")))).isEqualTo(1);
    }

    @Test
    void winter_holidays_are_busier_than_summer() throws SQLException {
        double winter = number("select count(*) from read_parquet(%s) where month(date) in (11, 12, 1)".formatted(file("interactions")));
        double summer = number("select count(*) from read_parquet(%s) where month(date) in (6, 7, 8)".formatted(file("interactions")));

        assertThat(winter / summer).isGreaterThan(1.15);
    }

    @Test
    void weekends_are_quieter_per_day_and_rate_a_little_lower() throws SQLException {
        String perDay = """
                select count(*) / count(distinct date) from read_parquet(%s) where (isodow(date) >= 6) = %s""";
        double weekendPerDay = number(perDay.formatted(file("interactions"), "true"));
        double weekdayPerDay = number(perDay.formatted(file("interactions"), "false"));
        assertThat(weekendPerDay).isLessThan(weekdayPerDay);

        String meanRating = "select avg(rating) from read_parquet(%s) where rating > 0 and (isodow(date) >= 6) = %s";
        assertThat(number(meanRating.formatted(file("interactions"), "true")))
                .isLessThan(number(meanRating.formatted(file("interactions"), "false")));
    }

    @Test
    void users_and_recipes_are_heavy_tailed() throws SQLException {
        double topUsersShare = number("""
                with c as (select user_id, count(*) n from read_parquet(%s) group by 1),
                     cut as (select quantile_disc(n, 0.95) q from c)
                select sum(n) filter (where n >= (select q from cut)) / sum(n) from c""".formatted(file("interactions")));
        double medianPerRecipe = number("""
                select median(n) from (select recipe_id, count(*) n from read_parquet(%s) group by 1)""".formatted(file("interactions")));
        double maxPerRecipe = number("""
                select max(n) from (select recipe_id, count(*) n from read_parquet(%s) group by 1)""".formatted(file("interactions")));

        assertThat(topUsersShare).as("share of interactions by the top 5 %% of users").isGreaterThan(0.25);
        assertThat(medianPerRecipe).isLessThanOrEqualTo(4);
        assertThat(maxPerRecipe).isGreaterThan(20 * medianPerRecipe);
    }

    @Test
    void recipes_look_like_food_com_recipes() throws SQLException {
        String recipes = file("recipes");
        assertThat(number("select count(distinct t) from (select unnest(tags) t from read_parquet(%s))".formatted(recipes)))
                .isBetween(90.0, 120.0);
        assertThat(number("select count(*) from read_parquet(%s) where list_contains(tags, 'desserts')".formatted(recipes))).isPositive();
        double median = number("select median(minutes) from read_parquet(%s)".formatted(recipes));
        double mean = number("select avg(minutes) from read_parquet(%s)".formatted(recipes));
        assertThat(median).isBetween(25.0, 60.0);
        assertThat(mean).as("log-normal: mean above median").isGreaterThan(median * 1.2);
        assertThat(number("select count(*) from read_parquet(%s) where n_steps <> len(steps) or n_ingredients <> len(ingredients)"
                .formatted(recipes))).isZero();
        assertThat(number("select avg(length(description)) from read_parquet(%s)".formatted(recipes))).isBetween(30.0, 200.0);
        assertThat(number("select avg(length(review)) from read_parquet(%s)".formatted(file("interactions")))).isBetween(20.0, 200.0);
        assertThat(number("select (min(nutrition.calories) > 0)::int from read_parquet(%s)".formatted(recipes))).isEqualTo(1);
    }

    @Test
    void every_interaction_points_to_a_known_recipe_and_user_and_follows_the_submission() throws SQLException {
        assertThat(number("""
                select count(*) from read_parquet(%s) i
                left join read_parquet(%s) r on r.id = i.recipe_id
                left join read_parquet(%s) u using (user_id)
                where r.id is null or u.user_id is null or i.date < r.submitted""".formatted(
                file("interactions"), file("recipes"), file("users")))).isZero();
    }

    @Test
    void the_command_line_writes_a_lake_and_rejects_bad_arguments(@TempDir Path out) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int ok = GenerateCommand.run(new String[] {"generate", "--scale", "0.001", "--out", out.toString()},
                new PrintStream(stdout), new PrintStream(stderr));
        int bad = GenerateCommand.run(new String[] {"generate", "--scale", "lots"}, new PrintStream(stdout), new PrintStream(stderr));

        assertThat(ok).isZero();
        assertThat(out.resolve("interactions/interactions.parquet")).exists();
        assertThat(stdout.toString()).contains("Generated 178 recipes");
        assertThat(bad).isEqualTo(2);
        assertThat(stderr.toString()).contains("--scale needs a number", "usage:");
    }

    private static double share(String condition) throws SQLException {
        return number("select avg(case when %s then 1.0 else 0 end) from read_parquet(%s)".formatted(condition, file("interactions")));
    }

    private static double yearCount(int year) throws SQLException {
        return number("select count(*) from read_parquet(%s) where year(date) = %d".formatted(file("interactions"), year));
    }

    private static String file(String table) {
        return DuckDbConnections.literal(lake.resolve(table + "/" + table + ".parquet"));
    }

    private static double number(String sql) throws SQLException {
        try (Connection connection = DuckDbConnections.open(null, false, SETTINGS);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
