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
        return cached("kpis", filters, () -> duckDb.query(kpisSql(filters), row -> new Kpis(row.getLong(1), row.getLong(2),
                row.getLong(3), nullableDouble(row, 4), nullableDouble(row, 5)), kpisParameters(filters)).getFirst());
    }

    public List<MonthlyPoint> monthly(DashboardFilters filters) {
        return cached("monthly", filters, () -> duckDb.query(monthlySql(filters),
                row -> new MonthlyPoint(row.getObject(1, LocalDate.class), row.getLong(2), nullableDouble(row, 3)),
                FilterSql.of(filters).parametersArray()));
    }

    static String kpisSql(DashboardFilters filters) {
        return """
                select (select count(*) from recipes r where r.submitted between ? and ?
                          and (? = '' or r.id in (select recipe_id from recipe_tags
                                                  where list_contains(string_split(?, '\u001f'), tag)))),
                       count(*), count(distinct i.user_id),
                       avg(i.rating) filter (where i.rating > 0),
                       avg(case when i.rating = 5 then 1.0 else 0 end) filter (where i.rating > 0)
                from\s""" + FilterSql.of(filters).from() + " where " + FilterSql.of(filters).where();
    }

    static Object[] kpisParameters(DashboardFilters filters) {
        return prepend(FilterSql.of(filters), filters);
    }

    static String monthlySql(DashboardFilters filters) {
        return """
                select date_trunc('month', i.date)::date, count(*), avg(i.rating) filter (where i.rating > 0)
                from\s""" + FilterSql.of(filters).from() + " where " + FilterSql.of(filters).where() + " group by 1 order by 1";
    }

    static Object[] monthlyParameters(DashboardFilters filters) {
        return FilterSql.of(filters).parametersArray();
    }

    public List<WeekdayMonthCount> weekdayByMonth(DashboardFilters filters) {
        return cached("weekday-month", filters, () -> duckDb.query("""
                select isodow(i.date), month(i.date), count(*), count(distinct i.date)
                from\s""" + FilterSql.of(filters).from() + " where " + FilterSql.of(filters).where() + " group by 1, 2 order by 1, 2",
                row -> new WeekdayMonthCount(row.getInt(1), row.getInt(2), row.getLong(3), row.getLong(4)),
                FilterSql.of(filters).parametersArray()));
    }

    /** Weekday and weekend side by side: volume, ratings (mean, variance) and the rating distribution. */
    public List<WeekendStats> weekend(DashboardFilters filters) {
        return cached("weekend", filters, () -> duckDb.query("""
                select isodow(i.date) >= 6 as weekend, count(*), count(distinct i.date),
                       count(*) filter (where i.rating > 0),
                       coalesce(avg(i.rating) filter (where i.rating > 0), 0),
                       coalesce(var_samp(i.rating) filter (where i.rating > 0), 0),
                       count(*) filter (where i.rating = 0), count(*) filter (where i.rating = 1),
                       count(*) filter (where i.rating = 2), count(*) filter (where i.rating = 3),
                       count(*) filter (where i.rating = 4), count(*) filter (where i.rating = 5)
                from\s""" + FilterSql.of(filters).from() + " where " + FilterSql.of(filters).where() + " group by 1 order by 1",
                row -> new WeekendStats(row.getBoolean(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getDouble(5),
                        row.getDouble(6), new long[] {row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10),
                        row.getLong(11), row.getLong(12)}),
                FilterSql.of(filters).parametersArray()));
    }

    /** Counts of each rating 0–5 (0 = reviewed without a rating). */
    public List<Long> ratingDistribution(DashboardFilters filters) {
        return cached("rating-distribution", filters, () -> duckDb.query("""
                select r.rating, coalesce(n, 0) from range(0, 6) r(rating)
                left join (select i.rating, count(*) as n from\s""" + FilterSql.of(filters).from() + " where "
                + FilterSql.of(filters).where() + " group by 1) c on c.rating = r.rating order by r.rating",
                row -> row.getLong(2), FilterSql.of(filters).parametersArray()));
    }

    /** The most used tags in the selection with the mean (and spread) of their ratings 1–5. */
    public List<TagRating> ratingByTag(DashboardFilters filters, int top) {
        return cached("rating-by-tag-" + top, filters, () -> {
            List<Object> parameters = new java.util.ArrayList<>(FilterSql.of(filters).parameters());
            parameters.add(top);
            return duckDb.query("""
                    select t.tag, count(*), avg(i.rating), coalesce(stddev_samp(i.rating), 0)
                    from interactions i join recipe_tags t on t.recipe_id = i.recipe_id
                    where i.rating > 0 and\s""" + FilterSql.of(filters).where() + """
                     group by t.tag order by count(*) desc, t.tag limit ?""",
                    row -> new TagRating(row.getString(1), row.getLong(2), row.getDouble(3), row.getDouble(4)), parameters.toArray());
        });
    }

    /** Mean rating (1–5) per bin of a recipe property. */
    public List<BinnedRating> ratingBy(RecipeProperty property, DashboardFilters filters) {
        return cached("rating-by-" + property, filters, () -> duckDb.query(
                "select " + property.binExpression() + " as bin, count(*), avg(i.rating)"
                + " from interactions i join recipes r on r.id = i.recipe_id"
                + " where i.rating > 0 and " + FilterSql.of(filters).where() + " group by 1 order by 1",
                row -> new BinnedRating(row.getString(1).substring(3), row.getLong(2), row.getDouble(3)),
                FilterSql.of(filters).parametersArray()));
    }

    /** Pearson's r between the rating (1–5) and each property, over individual ratings. */
    public java.util.Map<RecipeProperty, Double> ratingCorrelations(DashboardFilters filters) {
        return cached("rating-correlations", filters, () -> {
            StringBuilder sql = new StringBuilder("select ");
            for (RecipeProperty property : RecipeProperty.values()) {
                sql.append("coalesce(corr(i.rating, ").append(property.correlated()).append("), 0), ");
            }
            sql.append("count(*) from interactions i join recipes r on r.id = i.recipe_id where i.rating > 0 and ")
               .append(FilterSql.of(filters).where());
            return duckDb.query(sql.toString(), row -> {
                java.util.Map<RecipeProperty, Double> result = new java.util.EnumMap<>(RecipeProperty.class);
                for (RecipeProperty property : RecipeProperty.values()) {
                    result.put(property, row.getDouble(property.ordinal() + 1));
                }
                return result;
            }, FilterSql.of(filters).parametersArray()).getFirst();
        });
    }

    /** Every tag with how many recipes carry it, most used first: the filter's choices. */
    public List<String> tags() {
        return cached("tags", DashboardFilters.DEFAULT, () -> duckDb.query(
                "select t, count(*) from (select unnest(tags) as t from recipes) group by t order by 2 desc, t",
                row -> row.getString(1)));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String query, DashboardFilters filters, Supplier<T> compute) {
        if (!cacheEnabled) {
            return compute.get();
        }
        return (T) cache.get(new Key(version.get(), query, filters), key -> compute.get());
    }

    private static Object[] prepend(FilterSql sql, DashboardFilters filters) {
        String tags = String.join("\u001f", filters.tags());
        List<Object> all = new java.util.ArrayList<>(List.of(java.sql.Date.valueOf(filters.from()), java.sql.Date.valueOf(filters.to()), tags, tags));
        all.addAll(sql.parameters());
        return all.toArray();
    }

    private static Double nullableDouble(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
