package io.duckboard.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.datasets.DatasetLoaded;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every aggregate against values counted by hand on a fixture small enough to read. */
class DashboardQueriesTest {

    @TempDir
    Path dir;

    private DuckDb duckDb;
    private DashboardQueries queries;

    @BeforeEach
    void fixture() {
        duckDb = new DuckDb(new DuckDbProperties(dir.resolve("fixture.duckdb"), 1, null));
        duckDb.update("create table recipes(id bigint, submitted date, tags varchar[], minutes integer, n_steps integer, n_ingredients integer)");
        duckDb.update("""
                insert into recipes values
                  (1, date '2008-01-10', ['desserts', 'easy'], 10, 3, 5),
                  (2, date '2008-03-05', ['main-dish'], 50, 6, 5),
                  (3, date '2009-06-01', ['desserts'], 200, 9, 5)""");
        duckDb.update("create table interactions(user_id bigint, recipe_id bigint, date date, rating tinyint)");
        duckDb.update("""
                insert into interactions values
                  (10, 1, date '2008-01-15', 5),
                  (11, 1, date '2008-01-20', 4),
                  (10, 2, date '2008-02-01', 0),
                  (12, 2, date '2008-02-11', 5),
                  (13, 3, date '2009-07-01', 3),
                  (10, 3, date '2009-07-02', 5)""");
        duckDb.update("create table recipe_stats as select recipe_id, count(*) as interactions from interactions group by recipe_id");
        duckDb.update("create table recipe_tags as select unnest(tags) as tag, id as recipe_id from recipes");
        queries = new DashboardQueries(duckDb);
    }

    @AfterEach
    void close() throws InterruptedException {
        duckDb.destroy();
    }

    @Test
    void kpis_for_2008_count_what_a_person_would_count() {
        Kpis kpis = queries.kpis(DashboardFilters.DEFAULT.withPeriod(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31)));

        assertThat(kpis.recipes()).as("recipes 1 and 2 were submitted in 2008").isEqualTo(2);
        assertThat(kpis.interactions()).isEqualTo(4);
        assertThat(kpis.activeUsers()).as("users 10, 11, 12").isEqualTo(3);
        assertThat(kpis.meanRating()).as("(5 + 4 + 5) / 3, the 0 is no rating").isCloseTo(14.0 / 3, within(1e-9));
        assertThat(kpis.shareOfFives()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void the_tag_and_rating_filters_narrow_every_figure() {
        DashboardFilters desserts = new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31), Set.of("desserts"), 4, 5, 0);

        Kpis kpis = queries.kpis(desserts);

        assertThat(kpis.recipes()).isEqualTo(2);
        assertThat(kpis.interactions()).as("ratings 5, 4 on recipe 1 and 5 on recipe 3").isEqualTo(3);
        assertThat(kpis.meanRating()).isCloseTo(14.0 / 3, within(1e-9));
    }

    @Test
    void several_tags_select_the_recipes_carrying_any_of_them() {
        DashboardFilters easyOrMain = new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31),
                Set.of("easy", "main-dish"), 0, 5, 0);

        Kpis kpis = queries.kpis(easyOrMain);

        assertThat(kpis.recipes()).as("recipe 1 (easy) and recipe 2 (main-dish)").isEqualTo(2);
        assertThat(kpis.interactions()).isEqualTo(4);
        assertThat(kpis.meanRating()).as("5, 4 and 5; the 0 is no rating").isCloseTo(14.0 / 3, within(1e-9));
        assertThat(queries.recipeCount(easyOrMain)).isEqualTo(2);
    }

    @Test
    void monthly_points_and_the_minimum_interactions_filter() {
        var months = queries.monthly(new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31), Set.of(), 0, 5, 2));

        assertThat(months).as("every calendar month of the period 2000–2018").hasSize(19 * 12);
        assertThat(months.getFirst()).as("a month without interactions counts 0, not left out")
                .isEqualTo(new MonthlyPoint(LocalDate.of(2000, 1, 1), 0, null));
        var withInteractions = months.stream().filter(m -> m.interactions() > 0).toList();
        assertThat(withInteractions).extracting(MonthlyPoint::month)
                .containsExactly(LocalDate.of(2008, 1, 1), LocalDate.of(2008, 2, 1), LocalDate.of(2009, 7, 1));
        assertThat(withInteractions.get(1).interactions()).isEqualTo(2);
        assertThat(withInteractions.get(1).meanRating()).as("only the 5: the 0 is no rating").isEqualTo(5.0);
        assertThat(queries.monthly(new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31), Set.of("no-such-tag"), 0, 5, 0)))
                .as("nothing selected: nothing to draw").isEmpty();
    }

    @Test
    void the_rating_distribution_and_ratings_by_tag() {
        assertThat(queries.ratingDistribution(DashboardFilters.DEFAULT)).containsExactly(1L, 0L, 0L, 1L, 1L, 3L);

        var tags = queries.ratingByTag(DashboardFilters.DEFAULT, 2);

        // desserts: recipes 1 and 3 → ratings 5, 4, 3, 5 (mean 4.25); main-dish: recipe 2 → 5 (the 0 is no rating)
        assertThat(tags).extracting(TagRating::tag).containsExactly("desserts", "easy");
        assertThat(tags.getFirst().n()).isEqualTo(4);
        assertThat(tags.getFirst().mean()).isEqualTo(4.25);
        // ratings 5, 4, 3, 5: sample sd = sqrt(((0.75)² + (0.25)² + (1.25)² + (0.75)²) / 3)
        assertThat(tags.getFirst().sd()).isCloseTo(Math.sqrt((0.5625 + 0.0625 + 1.5625 + 0.5625) / 3), within(1e-9));
    }

    @Test
    void the_minimum_interactions_filter_keeps_only_recipes_with_that_many_in_all_time() {
        duckDb.update("insert into interactions values (12, 1, date '2008-05-01', 2)");
        duckDb.update("create or replace table recipe_stats as select recipe_id, count(*) as interactions from interactions group by recipe_id");
        DashboardFilters three = new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31), Set.of(), 0, 5, 3);

        // only recipe 1 has 3 interactions: ratings 5, 4, 2
        assertThat(queries.ratingDistribution(three)).containsExactly(0L, 0L, 1L, 0L, 1L, 1L);
        assertThat(queries.ratingByTag(three, 5)).extracting(TagRating::tag).containsExactly("desserts", "easy");
        assertThat(queries.ratingByTag(three, 5).getFirst().mean()).isCloseTo(11.0 / 3, within(1e-9));
        assertThat(queries.ratingBy(RecipeProperty.STEPS, three)).extracting(BinnedRating::n).containsExactly(3L);
        assertThat(queries.kpis(three).interactions()).isEqualTo(3);
        assertThat(queries.recipeCount(three)).isEqualTo(1);
        // and with the rating filter too: the 2 is left out, the distribution keeps its six places
        assertThat(queries.ratingDistribution(new DashboardFilters(three.from(), three.to(), Set.of(), 4, 5, 3)))
                .containsExactly(0L, 0L, 0L, 0L, 1L, 1L);
    }

    @Test
    void recipes_sort_by_a_whitelisted_column_and_the_bayesian_average_shrinks_small_samples() {
        duckDb.update("alter table recipes add column name varchar");
        duckDb.update("update recipes set name = 'recipe ' || id");

        var byInteractions = queries.recipes(DashboardFilters.DEFAULT, "interactions", true, 0, 10);
        var byBayes = queries.recipes(DashboardFilters.DEFAULT, "bayes", true, 0, 10);
        var hostile = queries.recipes(DashboardFilters.DEFAULT, "n; drop table recipes", true, 0, 10);

        // counts: recipe 1 → 2, 2 → 2, 3 → 2 interactions; rated: 1 → (5,4), 2 → (5), 3 → (3,5)
        // prior m = 22/5 = 4.4, c = 5/3 rated per recipe: bayes(2) = (c·m + 5) / (c + 1) = 4.625
        assertThat(byInteractions).hasSize(3);
        assertThat(byBayes.getFirst().id()).isEqualTo(2);
        assertThat(byBayes.getFirst().bayesianRating()).isCloseTo((5.0 / 3 * 4.4 + 5) / (5.0 / 3 + 1), within(1e-9));
        assertThat(hostile).as("an unknown sort key falls back; the text never reaches SQL").hasSize(3);
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "name", false, 0, 2)).extracting(RecipeRow::name)
                .containsExactly("recipe 1", "recipe 2");
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "name", true, 1, 10)).extracting(RecipeRow::name)
                .as("the second page of a descending sort by name").containsExactly("recipe 2", "recipe 1");
        var byMean = queries.recipes(DashboardFilters.DEFAULT, "mean", true, 0, 10);
        assertThat(byMean).extracting(RecipeRow::id).containsExactly(2L, 1L, 3L);
        assertThat(byMean.getFirst().meanRating()).as("the 0 is no rating").isEqualTo(5.0);
        assertThat(queries.recipeCount(DashboardFilters.DEFAULT)).isEqualTo(3);
    }

    @Test
    void a_page_of_recipes_is_full_even_when_interactions_point_to_an_unknown_recipe() {
        duckDb.update("alter table recipes add column name varchar");
        duckDb.update("update recipes set name = 'recipe ' || id");
        duckDb.update("insert into interactions values (20, 99, date '2008-01-01', 5), (21, 99, date '2008-01-02', 5), (22, 99, date '2008-01-03', 5)");
        duckDb.update("insert into interactions values (20, 98, date '2008-01-01', 4), (21, 98, date '2008-01-02', 4), (22, 98, date '2008-01-03', 4)");

        // recipes 98 and 99 have the most interactions but no row in recipes: they cannot take a place on a page
        assertThat(queries.unknownRecipes()).isEqualTo(2);
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "interactions", true, 0, 2)).extracting(RecipeRow::id).containsExactly(1L, 2L);
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "interactions", true, 2, 2)).extracting(RecipeRow::id).containsExactly(3L);
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "ratings", true, 0, 3)).hasSize(3);
        assertThat(queries.recipes(DashboardFilters.DEFAULT, "bayes", true, 0, 3)).extracting(RecipeRow::id).doesNotContain(98L, 99L).hasSize(3);
    }

    @Test
    void contributors_add_up_their_recipes() {
        duckDb.update("alter table recipes add column contributor_id bigint");
        duckDb.update("update recipes set contributor_id = case id when 3 then 200 else 100 end");

        var byInteractions = queries.contributors(DashboardFilters.DEFAULT, "interactions", true, 0, 10);
        var byMean = queries.contributors(DashboardFilters.DEFAULT, "mean", false, 0, 10);

        // contributor 100: recipes 1 and 2, ratings 5, 4, (0), 5; contributor 200: recipe 3, ratings 3, 5
        assertThat(byInteractions).extracting(ContributorRow::contributorId).containsExactly(100L, 200L);
        assertThat(byInteractions.getFirst().recipes()).isEqualTo(2);
        assertThat(byInteractions.getFirst().interactions()).isEqualTo(4);
        assertThat(byInteractions.getFirst().meanRating()).isCloseTo(14.0 / 3, within(1e-9));
        assertThat(byMean).extracting(ContributorRow::meanRating).containsExactly(4.0, 14.0 / 3);
        assertThat(queries.contributorCount(DashboardFilters.DEFAULT)).isEqualTo(2);
        assertThat(queries.contributorCount(DashboardFilters.DEFAULT.withPeriod(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31))))
                .as("only recipe 3 had interactions in 2009").isEqualTo(1);
    }

    @Test
    void ratings_by_minutes_in_bins_from_one_pass() {
        var bins = queries.ratingBy(RecipeProperty.MINUTES, DashboardFilters.DEFAULT);

        // recipe 1 (10 min): 5, 4; recipe 2 (50 min): 5 (the 0 is no rating); recipe 3 (200 min): 3, 5
        assertThat(bins).extracting(BinnedRating::bin).containsExactly("≤ 15 min", "31–60 min", "121–240 min");
        assertThat(bins).extracting(BinnedRating::n).containsExactly(2L, 1L, 2L);
        assertThat(bins).extracting(BinnedRating::mean).containsExactly(4.5, 5.0, 4.0);
        var correlations = queries.ratingCorrelations(DashboardFilters.DEFAULT);
        assertThat(correlations).containsKeys(RecipeProperty.values());
        // over the individual ratings (x = ln minutes, y = rating), as DuckDB's corr computes it
        double[] x = {Math.log(10), Math.log(10), Math.log(50), Math.log(200), Math.log(200)};
        double[] y = {5, 4, 5, 3, 5};
        assertThat(correlations.get(RecipeProperty.MINUTES)).isCloseTo(pearson(x, y), within(1e-9));
        assertThat(correlations.get(RecipeProperty.STEPS)).isCloseTo(pearson(new double[] {3, 3, 6, 9, 9}, y), within(1e-9));
        assertThat(correlations.get(RecipeProperty.INGREDIENTS)).as("a constant property: undefined").isNull();
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void user_text_in_a_tag_is_bound_not_executed() {
        Kpis kpis = queries.kpis(new DashboardFilters(LocalDate.of(2000, 1, 1), LocalDate.of(2018, 12, 31),
                Set.of("x') or 1=1 --"), 0, 5, 0));

        assertThat(kpis.interactions()).isZero();
    }

    @Test
    void a_new_snapshot_drops_the_cached_results() {
        DashboardFilters all = DashboardFilters.DEFAULT;
        assertThat(queries.kpis(all).interactions()).isEqualTo(6);
        duckDb.update("insert into interactions values (14, 1, date '2010-01-01', 5)");
        assertThat(queries.kpis(all).interactions()).as("cached").isEqualTo(6);

        queries.onNewSnapshot(new DatasetLoaded(2));

        assertThat(queries.kpis(all).interactions()).isEqualTo(7);
    }
}
