package io.duckboard.dashboards.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.datasets.DatasetLoaded;
import io.duckboard.platform.duckdb.DuckDb;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The dashboards' SQL. Results are cached by snapshot version + query + filters (Caffeine) and the
 * cache is dropped when a new snapshot starts serving, so a cached answer never outlives its data.
 */
@Service
public class DashboardQueries {

    private final DuckDb duckDb;
    private final AtomicLong version = new AtomicLong();
    private final Cache<Key, Object> cache = Caffeine.newBuilder().maximumSize(2_000).recordStats().build();
    private volatile boolean cacheEnabled = true;
    private final java.util.concurrent.atomic.AtomicReference<SnapshotFact> unknownRecipes =
            new java.util.concurrent.atomic.AtomicReference<>(new SnapshotFact(-1, 0));

    DashboardQueries(DuckDb duckDb) {
        this.duckDb = duckDb;
    }

    private record Key(long version, String query, DashboardFilters filters) {
    }

    @EventListener
    void onNewSnapshot(DatasetLoaded loaded) {
        version.set(loaded.version());
        cache.invalidateAll();
    }

    /** Benchmarks measure the queries themselves. */
    public void setCacheEnabled(boolean enabled) {
        this.cacheEnabled = enabled;
        cache.invalidateAll();
    }

    public Kpis kpis(DashboardFilters filters) {
        return cached("kpis", filters, () -> run(kpisStatement(filters), row -> new Kpis(row.getLong(1), row.getLong(2),
                row.getLong(3), nullableDouble(row, 4), nullableDouble(row, 5))).getFirst());
    }

    public List<MonthlyPoint> monthly(DashboardFilters filters) {
        return cached("monthly", filters, () -> MonthlyPoint.everyMonth(run(monthlyStatement(filters),
                row -> new MonthlyPoint(row.getObject(1, LocalDate.class), row.getLong(2), nullableDouble(row, 3))),
                filters.from(), filters.to()));
    }

    static Statement kpisStatement(DashboardFilters filters) {
        FilterSql filter = FilterSql.of(filters);
        String recipesWithTags = filters.tags().isEmpty() ? ""
                : " and r.id in (select recipe_id from recipe_tags where tag in (" + FilterSql.placeholders(filters.tags()) + "))";
        return new Statement("""
                select (select count(*) from recipes r where r.submitted between ? and ?""" + recipesWithTags + """
                       ),
                       count(*), count(distinct i.user_id),
                       avg(i.rating) filter (where i.rating > 0),
                       avg(case when i.rating = 5 then 1.0 else 0 end) filter (where i.rating > 0)
                from\s""" + filter.from() + " where " + filter.where(), prepend(filter, filters));
    }

    static Statement monthlyStatement(DashboardFilters filters) {
        return FilterSql.of(filters).statement("select date_trunc('month', i.date)::date, count(*), avg(i.rating) filter (where i.rating > 0)",
                " group by 1 order by 1");
    }

    public List<WeekdayMonthCount> weekdayByMonth(DashboardFilters filters) {
        return cached("weekday-month", filters, () -> run(weekdayByMonthStatement(filters),
                row -> new WeekdayMonthCount(row.getInt(1), row.getInt(2), row.getLong(3), row.getLong(4))));
    }

    static Statement weekdayByMonthStatement(DashboardFilters filters) {
        return FilterSql.of(filters).statement("select isodow(i.date), month(i.date), count(*), count(distinct i.date)",
                " group by 1, 2 order by 1, 2");
    }

    /** Weekday and weekend side by side: volume, ratings (mean, variance) and the rating distribution. */
    public List<WeekendStats> weekend(DashboardFilters filters) {
        return cached("weekend", filters, () -> run(weekendStatement(filters),
                row -> new WeekendStats(row.getBoolean(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getDouble(5),
                        row.getDouble(6), new long[] {row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10),
                        row.getLong(11), row.getLong(12)})));
    }

    static Statement weekendStatement(DashboardFilters filters) {
        return FilterSql.of(filters).statement("""
                select isodow(i.date) >= 6 as weekend, count(*), count(distinct i.date),
                       count(*) filter (where i.rating > 0),
                       coalesce(avg(i.rating) filter (where i.rating > 0), 0),
                       coalesce(var_samp(i.rating) filter (where i.rating > 0), 0),
                       count(*) filter (where i.rating = 0), count(*) filter (where i.rating = 1),
                       count(*) filter (where i.rating = 2), count(*) filter (where i.rating = 3),
                       count(*) filter (where i.rating = 4), count(*) filter (where i.rating = 5)""", " group by 1 order by 1");
    }

    /** Counts of each rating 0–5 (0 = reviewed without a rating), from the same pass as {@link #ratingBreakdown}. */
    public List<Long> ratingDistribution(DashboardFilters filters) {
        return ratingBreakdown(filters).distribution();
    }

    /** The most used tags in the selection with the mean (and spread) of their ratings 1–5. */
    public List<TagRating> ratingByTag(DashboardFilters filters, int top) {
        List<TagRating> tags = ratingBreakdown(filters).tags();
        return tags.subList(0, Math.min(top, tags.size()));
    }

    /** Mean rating (1–5) per bin of a recipe property. */
    public List<BinnedRating> ratingBy(RecipeProperty property, DashboardFilters filters) {
        return ratingProfile(filters).bins().get(property);
    }

    /** Pearson's r between the rating (1–5) and each property, over individual ratings. */
    public java.util.Map<RecipeProperty, Double> ratingCorrelations(DashboardFilters filters) {
        return ratingProfile(filters).correlations();
    }

    /** The binned means and the correlations of every property. */
    public record RatingProfile(java.util.Map<RecipeProperty, List<BinnedRating>> bins, java.util.Map<RecipeProperty, Double> correlations) {
    }

    public RatingProfile ratingProfile(DashboardFilters filters) {
        return ratingBreakdown(filters).profile();
    }

    /** Ratings by tag and by recipe property from one pass (see {@link RatingBreakdown}). */
    public RatingBreakdown ratingBreakdown(DashboardFilters filters) {
        return cached("rating-breakdown", filters, () -> RatingBreakdown.from(run(RatingBreakdown.statement(FilterSql.of(filters)),
                RatingBreakdown::sums)));
    }

    /**
     * Recipes with interactions in the selection, sorted by a whitelisted column. The Bayesian average
     * pulls a recipe's mean towards the overall mean by as many "virtual" ratings as an average recipe
     * has, so that one 5★ does not top the list.
     */
    public List<RecipeRow> recipes(DashboardFilters filters, String sortKey, boolean descending, int offset, int limit) {
        return run(recipesStatement(filters, sortKey, descending, offset, limit, unknownRecipes()), row -> new RecipeRow(row.getLong(1),
                row.getString(2), row.getLong(3), row.getLong(4), nullableDouble(row, 5), row.getDouble(6)));
    }

    /**
     * How many recipe ids the interactions name that {@code recipes} does not have (the load warns and
     * keeps them), once per snapshot: a page of the recipes grid ranks that many candidates more than it
     * shows, so that leaving them out never leaves it short.
     */
    public long unknownRecipes() {
        long serving = version.get();
        SnapshotFact known = unknownRecipes.get();
        if (known.version() != serving) {
            known = new SnapshotFact(serving, duckDb.query(
                    "select count(distinct i.recipe_id) from interactions i anti join recipes r on r.id = i.recipe_id",
                    row -> row.getLong(1)).getFirst());
            unknownRecipes.set(known);
        }
        return known.value();
    }

    /** A figure of the snapshot itself, not of a filter: kept until the next snapshot, whether results are cached or not. */
    private record SnapshotFact(long version, long value) {
    }

    /**
     * Recipes with interactions in the selection, sorted by a whitelisted column. The Bayesian average
     * pulls a recipe's mean towards the overall mean by as many "virtual" ratings as an average recipe
     * has, so that one 5★ does not top the list. Names are joined to the one page only; unless the page
     * is sorted by name, the recipes are ranked first and only the best {@code offset + limit +
     * unknownRecipes} are checked against {@code recipes} (a page holds only recipes that exist) —
     * checking every recipe of the selection took a third of the query (DD-011).
     */
    static Statement recipesStatement(DashboardFilters filters, String sortKey, boolean descending, int offset, int limit,
                                      long unknownRecipes) {
        FilterSql sql = FilterSql.of(filters);
        List<Object> parameters = new java.util.ArrayList<>(sql.parameters());
        String order = SortColumn.orderBy(SortColumn.RECIPES, sortKey, descending, "s.n") + ", s.recipe_id";
        boolean byName = order.startsWith("r.name");
        if (!byName) {
            parameters.add(offset + limit + unknownRecipes);
        }
        parameters.add(limit);
        parameters.add(offset);
        String sums = """
                with s as (
                    select i.recipe_id, count(*) as n, count(nullif(i.rating, 0)) as rated, sum(i.rating) as total
                    from\s""" + sql.from() + " where " + sql.where() + """
                    group by 1),
                prior as (select coalesce(sum(total) / nullif(sum(rated), 0), 0) as m,
                                 greatest(1, coalesce(avg(rated), 1)) as c from s),
                """;
        String scored = """
                select s.recipe_id, s.n, s.rated, s.total / nullif(s.rated, 0) as mean,
                       (prior.c * prior.m + s.total) / (prior.c + s.rated) as bayes
                """;
        String page = byName
                ? "page as (" + scored + " from s join recipes r on r.id = s.recipe_id, prior order by " + order + " limit ? offset ?)"
                : "ranked as (" + scored + " from s, prior order by " + order + " limit ?),\n"
                        + "page as (select * from ranked s semi join recipes r on r.id = s.recipe_id order by " + order + " limit ? offset ?)";
        return new Statement(sums + page + """

                select s.recipe_id, r.name, s.n, s.rated, s.mean, s.bayes
                from page s join recipes r on r.id = s.recipe_id
                order by\s""" + order, parameters.toArray());
    }

    public int recipeCount(DashboardFilters filters) {
        return cached("recipe-count", filters, () -> run(recipeCountStatement(filters), row -> row.getInt(1)).getFirst());
    }

    static Statement recipeCountStatement(DashboardFilters filters) {
        return FilterSql.of(filters).statement("select count(distinct i.recipe_id)", "");
    }

    public List<ContributorRow> contributors(DashboardFilters filters, String sortKey, boolean descending, int offset, int limit) {
        return run(contributorsStatement(filters, sortKey, descending, offset, limit),
                row -> new ContributorRow(row.getLong(1), row.getLong(2), row.getLong(3), nullableDouble(row, 4)));
    }

    static Statement contributorsStatement(DashboardFilters filters, String sortKey, boolean descending, int offset, int limit) {
        FilterSql sql = FilterSql.of(filters);
        List<Object> parameters = new java.util.ArrayList<>(sql.parameters());
        parameters.add(limit);
        parameters.add(offset);
        // summed per recipe first: the join with recipes then meets one row per recipe, not every interaction
        return new Statement("""
                with s as (
                    select i.recipe_id, count(*) as n, count(nullif(i.rating, 0)) as rated, sum(i.rating) as total
                    from\s""" + sql.from() + " where " + sql.where() + """
                    group by 1)
                select r.contributor_id, count(*) as recipes, sum(s.n) as interactions,
                       sum(s.total) / nullif(sum(s.rated), 0) as mean
                from s join recipes r on r.id = s.recipe_id
                group by 1 order by\s""" + SortColumn.orderBy(SortColumn.CONTRIBUTORS, sortKey, descending, "interactions")
                + ", 1 limit ? offset ?", parameters.toArray());
    }

    public int contributorCount(DashboardFilters filters) {
        return cached("contributor-count", filters, () -> run(contributorCountStatement(filters), row -> row.getInt(1)).getFirst());
    }

    static Statement contributorCountStatement(DashboardFilters filters) {
        FilterSql sql = FilterSql.of(filters);
        return new Statement("select count(distinct r.contributor_id) from recipes r where r.id in (select i.recipe_id from "
                + sql.from() + " where " + sql.where() + ")", sql.parametersArray());
    }

    public java.util.Optional<RecipeDetail> recipe(long id) {
        return duckDb.query("""
                select id, name, minutes, contributor_id, submitted, tags, n_steps, description, ingredients,
                       nutrition.calories, nutrition.total_fat, nutrition.sugar, nutrition.sodium, nutrition.protein,
                       nutrition.saturated_fat, nutrition.carbohydrates
                from recipes where id = ?""", row -> {
            java.util.Map<String, Double> nutrition = new java.util.LinkedHashMap<>();
            String[] names = {"calories", "total fat (% DV)", "sugar (% DV)", "sodium (% DV)", "protein (% DV)",
                    "saturated fat (% DV)", "carbohydrates (% DV)"};
            for (int i = 0; i < names.length; i++) {
                nutrition.put(names[i], nullableDouble(row, 10 + i));
            }
            return new RecipeDetail(row.getLong(1), row.getString(2), row.getInt(3), row.getLong(4),
                    row.getObject(5, LocalDate.class), textList(row.getArray(6)), nutrition, row.getInt(7),
                    row.getString(8) == null ? "" : row.getString(8), textList(row.getArray(9)));
        }, id).stream().findFirst();
    }

    /** One recipe's monthly interactions and its rating distribution (all time: the page is about the recipe). */
    public List<MonthlyPoint> recipeMonthly(long id) {
        return duckDb.query("""
                select date_trunc('month', date)::date, count(*), avg(rating) filter (where rating > 0)
                from interactions where recipe_id = ? group by 1 order by 1""",
                row -> new MonthlyPoint(row.getObject(1, LocalDate.class), row.getLong(2), nullableDouble(row, 3)), id);
    }

    public List<Long> recipeRatings(long id) {
        return duckDb.query("""
                select coalesce(n, 0) from range(0, 6) r(rating)
                left join (select rating, count(*) as n from interactions where recipe_id = ? group by 1) c on c.rating = r.rating
                order by r.rating""", row -> row.getLong(1), id);
    }

    private static List<String> textList(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values).map(String::valueOf).toList();
    }

    /** Every tag with how many recipes carry it, most used first: the filter's choices. */
    public List<String> tags() {
        return cached("tags", DashboardFilters.DEFAULT, () -> duckDb.query(
                "select t, count(*) from (select unnest(tags) as t from recipes) group by t order by 2 desc, t",
                row -> row.getString(1)));
    }

    private <T> List<T> run(Statement statement, io.duckboard.platform.duckdb.RowMapper<T> mapper) {
        return duckDb.query(statement.sql(), mapper, statement.parameters());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String query, DashboardFilters filters, Supplier<T> compute) {
        if (!cacheEnabled) {
            return compute.get();
        }
        return (T) cache.get(new Key(version.get(), query, filters), key -> compute.get());
    }

    private static Object[] prepend(FilterSql sql, DashboardFilters filters) {
        List<Object> all = new java.util.ArrayList<>(List.of(java.sql.Date.valueOf(filters.from()), java.sql.Date.valueOf(filters.to())));
        all.addAll(filters.tags());
        all.addAll(sql.parameters());
        return all.toArray();
    }

    private static Double nullableDouble(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
