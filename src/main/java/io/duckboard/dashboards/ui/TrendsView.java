package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.LinearTrend;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.MonthlyPoint;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly interactions and mean rating over time; a moving average (3, 6 or 12 months, in the URL
 * as {@code ma}); the linear trend with its slope, 95 % confidence interval and band; year over year.
 */
@Route("dashboards/trends")
@PageTitle("Trends · Duckboard")
@Menu(title = "Trends", order = 21, icon = "vaadin:trending-up")
@PermitAll
public class TrendsView extends DashboardView {

    static final String MOVING_AVERAGE = "Moving average";
    private static final List<Integer> WINDOWS = List.of(3, 6, 12);
    private static final int DEFAULT_WINDOW = 12;

    private final Select<Integer> window = new Select<>();
    private final ChartCard monthly = new ChartCard("chart-monthly", "Interactions and mean rating per month",
            ChartOptions.of(ChartType.LINE, "320")
                    .withXAxis(ChartOptions.Axis.datetime())
                    .withYAxes(ChartOptions.Axis.values("Interactions", 0).forSeries("Interactions"),
                            ChartOptions.Axis.values("Mean rating", 2).forSeries("Mean rating").onTheRight().range(0.0, 5.0))
                    .withStroke(ChartOptions.Stroke.smooth(2, 3))
                    .withTooltip(ChartOptions.Tooltip.shared("MMM yyyy")));
    private final ChartCard trend = new ChartCard("chart-trend", "Moving average and linear trend (95 % band)",
            ChartOptions.of(ChartType.LINE, "320")
                    .withXAxis(ChartOptions.Axis.datetime())
                    .withYAxes(ChartOptions.Axis.values("Interactions", 0))
                    .withStroke(ChartOptions.Stroke.smooth(1, 3, 2, 1, 1).dashed(0, 0, 0, 4, 4))
                    .withTooltip(ChartOptions.Tooltip.shared("MMM yyyy")));
    private final ChartCard yearOverYear = new ChartCard("chart-yoy", "Year over year",
            ChartOptions.of(ChartType.LINE, "300").withXAxis(ChartOptions.Axis.category(monthNames()))
                    .withStroke(ChartOptions.Stroke.smooth(2)));
    private int movingAverage = DEFAULT_WINDOW;

    public TrendsView(DashboardQueries queries, DashboardExecutor executor) {
        super("Trends", queries, executor);
        setId("trends-view");
        window.setLabel(MOVING_AVERAGE);
        window.setId("moving-average");
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(months -> months + " months");
        window.setValue(DEFAULT_WINDOW);
        window.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                movingAverage = event.getValue();
                filters.showViewParameters(current, windowParameter());
                refresh(current);
            }
        });
        Div grid = new Div(monthly, trend, yearOverYear);
        grid.addClassName("chart-grid");
        add(window, grid);
    }

    /** {@code ma=3|6|12}; anything else is the default 12 (and the address is corrected). */
    @Override
    protected Map<String, List<String>> viewParameters(Map<String, List<String>> query) {
        List<String> ma = query.getOrDefault("ma", List.of());
        movingAverage = WINDOWS.stream().filter(w -> ma.size() == 1 && ma.getFirst().equals(Integer.toString(w))).findFirst()
                .orElse(DEFAULT_WINDOW);
        window.setValue(movingAverage);
        return windowParameter();
    }

    private Map<String, List<String>> windowParameter() {
        return movingAverage == DEFAULT_WINDOW ? Map.of() : Map.of("ma", List.of(Integer.toString(movingAverage)));
    }

    @Override
    protected void refresh(DashboardFilters filtersNow) {
        int windowNow = movingAverage;
        ChartQuery.of(() -> queries.monthly(filtersNow))
                .into(monthly, points -> List.of(
                        Series.of("Interactions", OverviewView.points(points, p -> (double) p.interactions())).as(ChartType.LINE),
                        Series.of("Mean rating", OverviewView.points(points, MonthlyPoint::meanRating)).as(ChartType.LINE)))
                .into(trend, points -> trendSeries(points, windowNow), points -> trend.setNote(trendSentence(points)))
                .into(yearOverYear, TrendsView::yearSeries)
                .run(executor);
    }

    static List<Series> trendSeries(List<MonthlyPoint> points, int window) {
        List<Double> counts = points.stream().map(p -> (double) p.interactions()).toList();
        List<Series.Point> raw = new ArrayList<>();
        List<Series.Point> average = new ArrayList<>();
        List<Series.Point> line = new ArrayList<>();
        List<Series.Point> upper = new ArrayList<>();
        List<Series.Point> lower = new ArrayList<>();
        LinearTrend fit = counts.size() >= 3 ? LinearTrend.fit(counts) : null;
        for (int i = 0; i < points.size(); i++) {
            long x = points.get(i).month().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            raw.add(Series.Point.of(x, counts.get(i)));
            average.add(Series.Point.of(x, i + 1 >= window ? round(movingAverage(counts, i, window)) : null));
            if (fit != null) {
                line.add(Series.Point.of(x, round(fit.at(i))));
                upper.add(Series.Point.of(x, round(fit.at(i) + fit.bandAt(i))));
                lower.add(Series.Point.of(x, round(fit.at(i) - fit.bandAt(i))));
            }
        }
        // one name for every window: ApexCharts keeps a legend's names when only the series change
        return List.of(Series.of("Interactions", raw), Series.of(MOVING_AVERAGE, average),
                Series.of("Linear trend", line), Series.of("95 % band (upper)", upper), Series.of("95 % band (lower)", lower));
    }

    static String trendSentence(List<MonthlyPoint> points) {
        if (points.size() < 3) {
            return "Too few months in this period for a trend.";
        }
        LinearTrend fit = LinearTrend.fit(points.stream().map(p -> (double) p.interactions()).toList());
        double low = fit.slope() - fit.slopeHalfWidth();
        double high = fit.slope() + fit.slopeHalfWidth();
        if (low <= 0 && high >= 0) {
            return "No clear linear trend: the slope is %.1f interactions per month, but its 95 %% CI (%.1f to %.1f) includes 0, over %d months."
                    .formatted(fit.slope(), low, high, fit.n());
        }
        String direction = fit.slope() >= 0 ? "grow" : "fall";
        return "Interactions %s by %.1f per month on average (95 %% CI %.1f to %.1f) over %d months."
                .formatted(direction, Math.abs(fit.slope()), low, high, fit.n());
    }

    static double movingAverage(List<Double> values, int end, int window) {
        double sum = 0;
        for (int i = end - window + 1; i <= end; i++) {
            sum += values.get(i);
        }
        return sum / window;
    }

    private static List<Series> yearSeries(List<MonthlyPoint> points) {
        Map<Integer, Double[]> byYear = new TreeMap<>();
        for (MonthlyPoint point : points) {
            byYear.computeIfAbsent(point.month().getYear(), y -> new Double[12])[point.month().getMonthValue() - 1] = (double) point.interactions();
        }
        List<Integer> years = new ArrayList<>(byYear.keySet());
        List<Integer> shown = years.subList(Math.max(0, years.size() - 6), years.size());
        List<Series> series = new ArrayList<>();
        for (int year : shown) {
            List<Series.Point> data = new ArrayList<>();
            Double[] months = byYear.get(year);
            for (int m = 0; m < 12; m++) {
                data.add(Series.Point.of(monthNames().get(m), months[m]));
            }
            series.add(Series.of(Integer.toString(year), data));
        }
        return series;
    }

    private static List<String> monthNames() {
        List<String> names = new ArrayList<>();
        for (Month month : Month.values()) {
            names.add(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return names;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
