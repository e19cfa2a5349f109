package io.duckboard.dashboards.query;

import io.duckboard.dashboards.query.DashboardQueries.RatingProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Ratings (1–5) by tag and by recipe property, in one query: ratings are summed per recipe first
 * (count, sum, sum of squares — plain aggregates: a 0 "reviewed without rating" adds nothing to the
 * sums, and {@code count(nullif(rating, 0))} counts the others), and everything else works on those
 * ≤ 178k rows — the tags through {@code recipe_tags}, the bins and the correlations through
 * {@code recipes}. The figures are the same as over individual ratings: a recipe property is constant
 * within a recipe, so Pearson's r needs only these sums.
 *
 * The distribution 0–5 is a second, cheap scan grouped by rating: folding six filtered counts into
 * the per-recipe pass made that pass twice as slow (measured, docs/benchmarks.md).
 *
 * @param tags         every tag in the selection, most rated first
 * @param distribution counts of ratings 0–5 (0 = reviewed without a rating)
 */
public record RatingBreakdown(List<TagRating> tags, RatingProfile profile, List<Long> distribution) {

    /** One row of the query: what it sums ({@code kind}, {@code label}) and the sums. */
    record Sums(String kind, String label, long n, double s, double ss, double sx, double sxx, double sxy) {
    }

    static Sums sums(ResultSet row) throws SQLException {
        return new Sums(row.getString(1), row.getString(2), row.getLong(3), row.getDouble(4), row.getDouble(5), row.getDouble(6),
                row.getDouble(7), row.getDouble(8));
    }

    static Statement statement(FilterSql filter) {
        return new Statement(sql(filter), parameters(filter));
    }

    static RatingBreakdown from(List<Sums> rows) {
        List<TagRating> tags = new ArrayList<>();
        Map<RecipeProperty, List<BinnedRating>> bins = new EnumMap<>(RecipeProperty.class);
        Map<RecipeProperty, Double> correlations = new EnumMap<>(RecipeProperty.class);
        for (RecipeProperty property : RecipeProperty.values()) {
            bins.put(property, new ArrayList<>());
            correlations.put(property, null);
        }
        long[] counts = new long[6];
        for (Sums sums : rows) {
            if (sums.kind().equals("dist")) {
                counts[Integer.parseInt(sums.label())] = sums.n();
            } else if (sums.kind().equals("tag")) {
                tags.add(new TagRating(sums.label(), sums.n(), sums.s() / sums.n(), sd(sums)));
            } else if (sums.kind().startsWith("r:")) {
                correlations.put(RecipeProperty.valueOf(sums.kind().substring(2)), pearson(sums));
            } else {
                bins.get(RecipeProperty.valueOf(sums.kind())).add(new BinnedRating(sums.label(), sums.n(), sums.s() / sums.n()));
            }
        }
        tags.sort(Comparator.comparingLong(TagRating::n).reversed().thenComparing(TagRating::tag));
        bins.replaceAll((property, list) -> list.stream()
                .sorted(Comparator.comparing(BinnedRating::bin))
                .map(b -> new BinnedRating(b.bin().substring(3), b.n(), b.mean())).toList());
        return new RatingBreakdown(List.copyOf(tags), new RatingProfile(bins, correlations),
                java.util.Arrays.stream(counts).boxed().toList());
    }

    static String sql(FilterSql filter) {
        StringBuilder sql = new StringBuilder("""
                with rated as materialized (
                    select i.recipe_id, count(nullif(i.rating, 0)) as n, sum(i.rating)::double as s,
                           sum(i.rating * i.rating)::double as ss
                    from\s""").append(filter.from()).append(" where ").append(filter.where()).append("""
                     group by 1 having n > 0),
                base as materialized (
                    select p.n, p.s, p.ss, r.minutes, r.n_steps, r.n_ingredients
                    from rated p join recipes r on r.id = p.recipe_id)
                select 'tag', t.tag, sum(p.n), sum(p.s), sum(p.ss), 0, 0, 0
                from rated p join recipe_tags t on t.recipe_id = p.recipe_id group by t.tag
                union all select 'dist', i.rating::varchar, count(*), 0, 0, 0, 0, 0
                from\s""").append(filter.from()).append(" where ").append(filter.where()).append(" group by i.rating");
        for (RecipeProperty property : RecipeProperty.values()) {
            sql.append(" union all select '").append(property.name()).append("', ").append(property.binExpression())
               .append(", sum(r.n), sum(r.s), sum(r.ss), 0, 0, 0 from base r group by 2");
        }
        for (RecipeProperty property : RecipeProperty.values()) {
            String x = property.correlated();
            sql.append(" union all select 'r:").append(property.name()).append("', '', coalesce(sum(r.n), 0), coalesce(sum(r.s), 0),")
               .append(" coalesce(sum(r.ss), 0), coalesce(sum(r.n * ").append(x).append("), 0), coalesce(sum(r.n * ").append(x)
               .append(" * ").append(x).append("), 0), coalesce(sum(r.s * ").append(x).append("), 0) from base r where (").append(x)
               .append(") is not null");
        }
        return sql.toString();
    }

    /** The filter's parameters twice: once for the per-recipe sums, once for the distribution. */
    static Object[] parameters(FilterSql filter) {
        List<Object> twice = new ArrayList<>(filter.parameters());
        twice.addAll(filter.parameters());
        return twice.toArray();
    }

    /** Sample standard deviation of the ratings from their count, sum and sum of squares. */
    static double sd(Sums sums) {
        return sums.n() > 1 ? Math.sqrt(Math.max(0, (sums.ss() - sums.s() * sums.s() / sums.n()) / (sums.n() - 1))) : 0;
    }

    /**
     * Pearson's r between rating (y) and property (x) over individual ratings, from sums; null where it
     * is undefined (fewer than 3 ratings, or no spread in the ratings or in the property).
     */
    static @Nullable Double pearson(Sums sums) {
        double n = sums.n();
        double covariance = n * sums.sxy() - sums.sx() * sums.s();
        double varianceX = n * sums.sxx() - sums.sx() * sums.sx();
        double varianceY = n * sums.ss() - sums.s() * sums.s();
        return n < 3 || varianceX <= 1e-9 * n * sums.sxx() || varianceY <= 1e-9 * n * sums.ss() ? null
                : covariance / Math.sqrt(varianceX * varianceY);
    }
}
