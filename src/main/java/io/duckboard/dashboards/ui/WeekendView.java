package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.GroupTests;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.WeekendStats;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Weekdays against weekends: volume, mean rating, the rating distributions, and whether the difference is real. */
@Route("dashboards/weekend")
@PageTitle("Weekend effect · Duckboard")
@Menu(title = "Weekend effect", order = 23, icon = "vaadin:calendar-clock")
@PermitAll
public class WeekendView extends DashboardView {

    private static final List<String> GROUPS = List.of("Weekdays", "Weekends");
    private static final List<String> RATINGS = List.of("0 (no rating)", "1★", "2★", "3★", "4★", "5★");

    private final Paragraph verdict = new Paragraph();
    private final ChartCard volume = new ChartCard("chart-volume", "Interactions per day",
            ChartOptions.of(ChartType.BAR, "260").withXAxis(ChartOptions.Axis.category(GROUPS)).withDataLabels(true));
    private final ChartCard rating = new ChartCard("chart-weekend-rating", "Mean rating (ratings 1–5)",
            ChartOptions.of(ChartType.BAR, "260").withXAxis(ChartOptions.Axis.category(GROUPS)).withDataLabels(true)
                    .withYAxes(ChartOptions.Axis.values("Mean rating", 2).range(0.0, 5.0)));
    private final ChartCard distribution = new ChartCard("chart-distribution", "Rating distributions (% of each group)",
            ChartOptions.of(ChartType.BAR, "300").withXAxis(ChartOptions.Axis.category(RATINGS)));

    public WeekendView(DashboardQueries queries, DashboardExecutor executor) {
        super("Weekend effect", queries, executor);
        setId("weekend-view");
        verdict.setId("weekend-verdict");
        verdict.addClassName("verdict");
        Div grid = new Div(volume, rating, distribution);
        grid.addClassName("chart-grid");
        add(verdict, grid);
    }

    @Override
    protected void refresh(DashboardFilters current) {
        verdict.setText("Computing…");
        ChartQuery.of(() -> queries.weekend(current))
                .into(volume, groups -> List.of(Series.of("Interactions per day", List.of(
                        Series.Point.of("Weekdays", round(group(groups, false).map(WeekendStats::perDay).orElse(0.0), 1)),
                        Series.Point.of("Weekends", round(group(groups, true).map(WeekendStats::perDay).orElse(0.0), 1))))),
                        groups -> verdict.setText(verdict(groups)))
                .into(rating, groups -> List.of(Series.of("Mean rating", List.of(
                        Series.Point.of("Weekdays", round(group(groups, false).map(WeekendStats::meanRating).orElse(0.0), 3)),
                        Series.Point.of("Weekends", round(group(groups, true).map(WeekendStats::meanRating).orElse(0.0), 3))))))
                .into(distribution, WeekendView::distributionSeries)
                .run(executor);
    }

    /** The tests, in one sentence a reader can act on. */
    static String verdict(List<WeekendStats> groups) {
        Optional<WeekendStats> weekday = group(groups, false);
        Optional<WeekendStats> weekend = group(groups, true);
        if (weekday.isEmpty() || weekend.isEmpty() || weekday.get().rated() < 2 || weekend.get().rated() < 2) {
            return "Not enough ratings on both weekdays and weekends in this selection to compare them.";
        }
        WeekendStats a = weekend.get();
        WeekendStats b = weekday.get();
        if (a.varianceRating() < 1e-12 && b.varianceRating() < 1e-12) {
            String same = Math.abs(a.meanRating() - b.meanRating()) < 1e-9
                    ? "Every rating in this selection is %.0f★, on weekdays and weekends alike".formatted(a.meanRating())
                    : "Weekend ratings are all %.0f★ and weekday ratings all %.0f★".formatted(a.meanRating(), b.meanRating());
            return (same + ": with no spread in the ratings there is nothing to test; widen the rating range to compare them. "
                    + "Weekends see %s interactions a day against %s on weekdays.").formatted(perDay(a.perDay()), perDay(b.perDay()));
        }
        GroupTests.Welch welch = GroupTests.welch(a.rated(), a.meanRating(), a.varianceRating(), b.rated(), b.meanRating(), b.varianceRating());
        GroupTests.ChiSquare chi = GroupTests.chiSquare(new long[][] {a.ratingCounts(), b.ratingCounts()});
        String direction = welch.difference() < 0 ? "lower" : "higher";
        return ("Weekend ratings are %.2f★ %s than on weekdays (%.2f vs %.2f; Welch's t = %.2f, %s, %s, d = %.2f). "
                + "The whole rating distribution differs %s (χ² = %.1f with %d df, %s, Cramér's V = %.3f). "
                + "Weekends see %s interactions a day against %s on weekdays.")
                .formatted(Math.abs(welch.difference()), direction, a.meanRating(), b.meanRating(), welch.t(), GroupTests.p(welch.p()),
                        GroupTests.size(welch.cohensD(), 0.2, 0.5, 0.8), welch.cohensD(),
                        chi.p() < 0.05 ? "too" : "only by chance", chi.chiSquare(), chi.df(), GroupTests.p(chi.p()), chi.cramersV(),
                        perDay(a.perDay()), perDay(b.perDay()));
    }

    /** Whole numbers from 100 up; below, one decimal (3.1 against 2.9 rather than 3 against 3). */
    static String perDay(double value) {
        return value >= 100 ? "%,.0f".formatted(value) : "%.1f".formatted(value);
    }

    private static List<Series> distributionSeries(List<WeekendStats> groups) {
        List<Series> series = new ArrayList<>();
        for (boolean isWeekend : new boolean[] {false, true}) {
            group(groups, isWeekend).ifPresent(stats -> {
                List<Series.Point> shares = new ArrayList<>();
                for (int r = 0; r <= 5; r++) {
                    shares.add(Series.Point.of(RATINGS.get(r), round(100.0 * stats.ratingCounts()[r] / Math.max(1, stats.interactions()), 2)));
                }
                series.add(Series.of(isWeekend ? "Weekends" : "Weekdays", shares));
            });
        }
        return series;
    }

    private static Optional<WeekendStats> group(List<WeekendStats> groups, boolean weekend) {
        return groups.stream().filter(g -> g.weekend() == weekend).findFirst();
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
