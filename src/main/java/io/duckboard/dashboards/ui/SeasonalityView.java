package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.MonthlyPoint;
import io.duckboard.dashboards.query.WeekdayMonthCount;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.KitchenPalette;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The yearly rhythm: month-of-year profile (mean ± sd across years), heatmaps, seasonal index. */
@Route("dashboards/seasonality")
@PageTitle("Seasonality · Duckboard")
@Menu(title = "Seasonality", order = 22, icon = "vaadin:calendar")
@PermitAll
public class SeasonalityView extends DashboardView {

    static final List<String> MONTHS = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();

    private final ChartCard profile = new ChartCard("chart-profile", "Month-of-year profile: mean ± sd across years",
            ChartOptions.of(ChartType.RANGE_AREA, "300").withXAxis(ChartOptions.Axis.category(MONTHS))
                    .withStroke(ChartOptions.Stroke.smooth(0, 3)));
    private final ChartCard yearMonth = new ChartCard("chart-year-month", "Year × month", heatmap());
    private final ChartCard weekdayMonth = new ChartCard("chart-weekday-month", "Day of week × month (interactions per day)", heatmap());
    private final ChartCard index = new ChartCard("chart-seasonal-index", "Seasonal index (100 = an average month)",
            ChartOptions.of(ChartType.BAR, "300").withXAxis(ChartOptions.Axis.category(MONTHS))
                    .withAnnotations(ChartOptions.Annotations.none().horizontalLine(100, "average")));

    public SeasonalityView(DashboardQueries queries, DashboardExecutor executor) {
        super("Seasonality", queries, executor);
        setId("seasonality-view");
        Div grid = new Div(profile, index, yearMonth, weekdayMonth);
        grid.addClassName("chart-grid");
        add(grid);
    }

    private static ChartOptions heatmap() {
        return ChartOptions.of(ChartType.HEATMAP, "320").withXAxis(ChartOptions.Axis.category(MONTHS))
                .withColors(List.of(KitchenPalette.TOMATO.hex()));
    }

    @Override
    protected void refresh(DashboardFilters current) {
        ChartQuery.of(() -> queries.monthly(current))
                .into(profile, SeasonalityView::profileSeries)
                .into(index, points -> points.isEmpty() ? List.of() : List.of(Series.of("Seasonal index", seasonalIndex(points))),
                        points -> index.setNote(peakSentence(points)))
                .into(yearMonth, SeasonalityView::yearMonthSeries)
                .run(executor);
        ChartQuery.of(() -> queries.weekdayByMonth(current)).into(weekdayMonth, SeasonalityView::weekdaySeries).run(executor);
    }

    /**
     * Per calendar month: the mean and the standard deviation of that month's count across the years,
     * or null for a month the selection does not reach (a period shorter than a year).
     */
    static double[][] monthStatistics(List<MonthlyPoint> points) {
        Map<Integer, List<Double>> byMonth = new TreeMap<>();
        for (MonthlyPoint point : points) {
            byMonth.computeIfAbsent(point.month().getMonthValue(), m -> new ArrayList<>()).add((double) point.interactions());
        }
        double[][] result = new double[12][];
        byMonth.forEach((month, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double variance = values.size() < 2 ? 0
                    : values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
            result[month - 1] = new double[] {mean, Math.sqrt(variance)};
        });
        return result;
    }

    /** Each month's mean against the average month (100), over the months the selection reaches. */
    static List<Series.Point> seasonalIndex(List<MonthlyPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        double[][] stats = monthStatistics(points);
        double overall = java.util.Arrays.stream(stats).filter(java.util.Objects::nonNull).mapToDouble(s -> s[0]).average().orElse(0);
        List<Series.Point> result = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            result.add(Series.Point.of(MONTHS.get(m), overall == 0 || stats[m] == null ? null : Math.round(1000 * stats[m][0] / overall) / 10.0));
        }
        return result;
    }

    static String peakSentence(List<MonthlyPoint> points) {
        List<Series.Point> index = seasonalIndex(points).stream().filter(p -> p.y() != null).toList();
        java.util.Comparator<Series.Point> byIndex = java.util.Comparator.comparingDouble(p -> ((Number) p.y()).doubleValue());
        if (index.isEmpty()) {
            return "No interactions in this selection.";
        }
        if (index.size() == 1) {
            return "Only one month (%s) in this period: nothing to compare it with.".formatted(index.getFirst().x());
        }
        Series.Point high = index.stream().max(byIndex).orElseThrow();
        Series.Point low = index.stream().min(byIndex).orElseThrow();
        String sentence = "Busiest month: %s (%s); quietest: %s (%s).".formatted(high.x(), high.y(), low.x(), low.y());
        return index.size() == 12 ? sentence : sentence + " Only the %d months this period reaches are compared.".formatted(index.size());
    }

    /** Nothing selected, nothing drawn: a range area of nulls makes ApexCharts compute -Infinity. */
    private static List<Series> profileSeries(List<MonthlyPoint> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        double[][] stats = monthStatistics(points);
        List<Series.Point> band = new ArrayList<>();
        List<Series.Point> mean = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            double[] month = stats[m];
            band.add(month == null ? new Series.Point(MONTHS.get(m), null)
                    : Series.Point.range(MONTHS.get(m), Math.max(0, Math.round(month[0] - month[1])), Math.round(month[0] + month[1])));
            mean.add(Series.Point.of(MONTHS.get(m), month == null ? null : Math.round(month[0])));
        }
        return List.of(Series.of("mean ± sd", band).as(ChartType.RANGE_AREA), Series.of("mean", mean).as(ChartType.LINE));
    }

    /** One row per year, a cell per month: 0 where the selection has no interactions (a heatmap needs every cell). */
    private static List<Series> yearMonthSeries(List<MonthlyPoint> points) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (MonthlyPoint point : points) {
            byYear.computeIfAbsent(point.month().getYear(), y -> new long[12])[point.month().getMonthValue() - 1] = point.interactions();
        }
        List<Series> series = new ArrayList<>();
        byYear.forEach((year, months) -> {
            List<Series.Point> data = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                data.add(Series.Point.of(MONTHS.get(m), months[m]));
            }
            series.add(Series.of(Integer.toString(year), data));
        });
        return series;
    }

    private static List<Series> weekdaySeries(List<WeekdayMonthCount> counts) {
        List<Series> series = new ArrayList<>();
        if (counts.isEmpty()) {
            return series;
        }
        for (int day = 7; day >= 1; day--) {
            int weekday = day;
            List<Series.Point> data = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                int month = m;
                Double perDay = counts.stream().filter(c -> c.weekday() == weekday && c.month() == month).findFirst()
                        .map(c -> c.days() == 0 ? 0.0 : Math.round(10.0 * c.interactions() / c.days()) / 10.0).orElse(0.0);
                data.add(Series.Point.of(MONTHS.get(m - 1), perDay));
            }
            series.add(Series.of(DayOfWeek.of(weekday).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), data));
        }
        return series;
    }
}
