package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.LinearTrend;
import io.duckboard.dashboards.query.BinnedRating;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.RatingBreakdown;
import io.duckboard.dashboards.query.RecipeProperty;
import io.duckboard.dashboards.query.TagRating;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/** How people rate: the distribution, by tag with confidence intervals, and against recipe length and effort. */
@Route("dashboards/ratings")
@PageTitle("Ratings · Duckboard")
@Menu(title = "Ratings", order = 24, icon = "vaadin:star-o")
@PermitAll
public class RatingsView extends DashboardView {

    static final int TOP_TAGS = 15;
    /** Mean ratings sit between 4 and 5 on most selections: the scale starts here unless a value is lower. */
    static final double USUAL_FLOOR = 3.5;
    private static final List<String> RATINGS = List.of("0 (no rating)", "1★", "2★", "3★", "4★", "5★");

    private final ChartCard distribution = new ChartCard("chart-rating-distribution", "Rating distribution",
            ChartOptions.of(ChartType.BAR, "280").withXAxis(ChartOptions.Axis.category(RATINGS)).withDataLabels(true));
    private final ChartCard byTag = new ChartCard("chart-rating-by-tag", "Mean rating by tag (top " + TOP_TAGS + ", 95 % CI)",
            ChartOptions.of(ChartType.BAR, "420").horizontal().withXAxis(meanAxis(USUAL_FLOOR)));
    private final List<ChartCard> binned = new ArrayList<>();

    public RatingsView(DashboardQueries queries, DashboardExecutor executor) {
        super("Ratings", queries, executor);
        setId("ratings-view");
        Div grid = new Div(distribution, byTag);
        grid.addClassName("chart-grid");
        for (RecipeProperty property : RecipeProperty.values()) {
            ChartCard card = new ChartCard("chart-rating-by-" + property.name().toLowerCase(), "Mean rating by " + property.label(),
                    ChartOptions.of(ChartType.BAR, "260").withYAxes(meanAxis(USUAL_FLOOR)));
            binned.add(card);
            grid.add(card);
        }
        add(grid);
    }

    @Override
    protected void refresh(DashboardFilters current) {
        ChartQuery<RatingBreakdown> breakdown = ChartQuery.of(() -> queries.ratingBreakdown(current))
                .into(byTag, result -> tagSeries(shownTags(result)), result -> {
                    byTag.setNote(result.tags().isEmpty() ? "No ratings in this selection." : "");
                    fitScale(byTag, scaleFloor(shownTags(result).stream().mapToDouble(tag -> tag.mean() - halfWidth(tag))), true);
                });
        for (RecipeProperty property : RecipeProperty.values()) {
            ChartCard card = binned.get(property.ordinal());
            breakdown.into(card, result -> List.of(Series.of("Mean rating", result.profile().bins().get(property).stream()
                            .map(b -> Series.Point.of(b.bin(), Math.round(b.mean() * 1000) / 1000.0)).toList())),
                    result -> {
                        card.setNote(correlationSentence(property, result.profile().correlations().get(property)));
                        fitScale(card, scaleFloor(result.profile().bins().get(property).stream().mapToDouble(BinnedRating::mean)), false);
                    });
        }
        breakdown.into(distribution, result -> distributionSeries(result.distribution()),
                result -> distribution.setNote(fivesSentence(result.distribution())));
        breakdown.run(executor);
    }

    private static List<TagRating> shownTags(RatingBreakdown result) {
        return result.tags().subList(0, Math.min(TOP_TAGS, result.tags().size()));
    }

    private static ChartOptions.Axis meanAxis(double floor) {
        return ChartOptions.Axis.values("Mean rating", 2).range(floor, 5.0);
    }

    /** The usual 3.5–5★ scale, widened by half stars when a value falls below it (a filter to ratings 1–3, a wide CI). */
    static double scaleFloor(DoubleStream values) {
        double lowest = values.min().orElse(USUAL_FLOOR);
        return lowest >= USUAL_FLOOR ? USUAL_FLOOR : Math.max(0, Math.floor(lowest * 2) / 2);
    }

    /** Changes the mean-rating axis (x of horizontal bars, else y) only when the floor moves: a full options update redraws. */
    private static void fitScale(ChartCard card, double floor, boolean horizontal) {
        ChartOptions options = card.chart().options();
        Double current = horizontal ? options.xaxis().min() : options.yaxis().getFirst().min();
        if (current == null || current != floor) {
            card.chart().setOptions(horizontal ? options.withXAxis(meanAxis(floor)) : options.withYAxes(meanAxis(floor)));
        }
    }

    private static List<Series> distributionSeries(List<Long> counts) {
        List<Series.Point> points = new ArrayList<>();
        for (int r = 0; r < counts.size(); r++) {
            points.add(Series.Point.of(RATINGS.get(r), counts.get(r)));
        }
        return List.of(Series.of("Interactions", points));
    }

    /**
     * One bar per tag (its mean), the 95 % CI marked at both ends like error bars. Bars rather than the
     * earlier range area over the tags: a band joining unrelated tags suggested an order that is not
     * there, and the mixed chart took ~35 ms to redraw in Chromium against ~8 ms for these bars.
     */
    static List<Series> tagSeries(List<TagRating> tags) {
        List<Series.Point> means = new ArrayList<>();
        for (TagRating tag : tags) {
            double half = halfWidth(tag);
            means.add(Series.Point.withInterval(tag.tag(), round(tag.mean()), "95 % CI", round(tag.mean() - half), round(tag.mean() + half)));
        }
        return List.of(Series.of("Mean rating", means));
    }

    /** Half-width of the 95 % confidence interval of a tag's mean rating. */
    static double halfWidth(TagRating tag) {
        return tag.n() < 2 ? 0 : LinearTrend.tQuantile975((int) Math.min(Integer.MAX_VALUE, tag.n() - 1)) * tag.sd() / Math.sqrt(tag.n());
    }

    static String correlationSentence(RecipeProperty property, @Nullable Double r) {
        if (r == null) {
            return "Too few ratings (or no spread in them) in this selection to relate rating and %s.".formatted(property.label());
        }
        String strength = Math.abs(r) < 0.1 ? "hardly related" : Math.abs(r) < 0.3 ? "weakly related" : "related";
        return "Rating and %s are %s (Pearson's r = %.3f%s).".formatted(property.label(), strength, r,
                property == RecipeProperty.MINUTES ? ", minutes on a log scale" : "");
    }

    static String fivesSentence(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        return total == 0 ? "No interactions in this selection."
                : "%.1f %% of the interactions are 5★; %.1f %% are reviews without a rating.".formatted(
                        100.0 * counts.get(5) / total, 100.0 * counts.get(0) / total);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
