package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.Kpis;
import io.duckboard.dashboards.query.MonthlyPoint;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The period at a glance: five figures against the previous period of equal length, with small monthly trend charts. */
@Route("dashboards/overview")
@PageTitle("Overview · Duckboard")
@Menu(title = "Overview", order = 20, icon = "vaadin:dashboard")
@PermitAll
public class OverviewView extends DashboardView {

    private final Div cards = new Div();
    private final ChartCard interactions = new ChartCard("spark-interactions", "Interactions per month",
            ChartOptions.of(ChartType.AREA, "180").withXAxis(ChartOptions.Axis.datetime())
                    .withYAxes(ChartOptions.Axis.values("Interactions", 0)).withTooltip(ChartOptions.Tooltip.shared("MMM yyyy")));
    private final ChartCard rating = new ChartCard("spark-rating", "Mean rating per month",
            ChartOptions.of(ChartType.LINE, "180").withXAxis(ChartOptions.Axis.datetime())
                    .withYAxes(ChartOptions.Axis.values("Mean rating", 2)).withTooltip(ChartOptions.Tooltip.shared("MMM yyyy")));

    public OverviewView(DashboardQueries queries, DashboardExecutor executor) {
        super("Overview", queries, executor);
        setId("overview-view");
        cards.setId("kpi-cards");
        cards.addClassName("card-row");
        Div sparks = new Div(interactions, rating);
        sparks.addClassName("chart-grid");
        add(cards, sparks);
    }

    @Override
    protected void refresh(DashboardFilters current) {
        UI ui = UI.getCurrent();
        CompletableFuture.supplyAsync(() -> List.of(queries.kpis(current), queries.kpis(current.previousPeriod())), executor)
                .whenComplete((both, failure) -> ui.access(() -> showCards(both, failure)));
        ChartQuery.of(() -> queries.monthly(current))
                .into(interactions, points -> List.of(Series.of("Interactions", points(points, p -> (double) p.interactions()))))
                .into(rating, points -> List.of(Series.of("Mean rating", points(points, MonthlyPoint::meanRating))))
                .run(executor);
    }

    private void showCards(@Nullable List<Kpis> both, @Nullable Throwable failure) {
        cards.removeAll();
        if (failure != null || both == null) {
            cards.add(new Span("The figures could not be computed: " + (failure == null ? "no data" : failure.getMessage())));
            return;
        }
        Kpis now = both.get(0);
        Kpis before = both.get(1);
        cards.add(card("kpi-recipes", "Recipes", "%,d".formatted(now.recipes()), delta(now.recipes(), before.recipes())),
                card("kpi-interactions", "Interactions", "%,d".formatted(now.interactions()), delta(now.interactions(), before.interactions())),
                card("kpi-users", "Active users", "%,d".formatted(now.activeUsers()), delta(now.activeUsers(), before.activeUsers())),
                card("kpi-rating", "Mean rating", now.meanRating() == null ? "—" : "%.2f★".formatted(now.meanRating()),
                        difference(now.meanRating(), before.meanRating(), "%+.2f★")),
                card("kpi-fives", "Share of 5★", now.shareOfFives() == null ? "—" : "%.1f %%".formatted(100 * now.shareOfFives()),
                        difference(scale(now.shareOfFives()), scale(before.shareOfFives()), "%+.1f pts")));
    }

    private static Div card(String id, String label, String value, String delta) {
        Span change = new Span(delta);
        change.addClassName(delta.startsWith("-") ? "delta-down" : "delta-up");
        Div card = new Div(new Span(label), new Span(value), change);
        card.addClassName("fact-card");
        card.setId(id);
        return card;
    }

    static String delta(long now, long before) {
        if (before == 0) {
            return now == 0 ? "no change" : "new (none in the previous period)";
        }
        return "%+.1f %% vs previous period".formatted(100.0 * (now - before) / before);
    }

    /** "+0.03★ vs previous period"; a difference that rounds to zero is "no change" (never a red "-0.00"). */
    static String difference(@Nullable Double now, @Nullable Double before, String format) {
        if (now == null || before == null) {
            return "no previous period to compare";
        }
        String shown = format.formatted(now - before);
        return shown.replaceAll("[^1-9]", "").isEmpty() ? "no change vs previous period" : shown + " vs previous period";
    }

    private static @Nullable Double scale(@Nullable Double share) {
        return share == null ? null : 100 * share;
    }

    static List<Series.Point> points(List<MonthlyPoint> points, Function<MonthlyPoint, @Nullable Double> value) {
        return points.stream()
                .map(p -> Series.Point.of(p.month().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), value.apply(p)))
                .toList();
    }
}
