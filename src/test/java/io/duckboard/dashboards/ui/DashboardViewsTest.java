package io.duckboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.datasets.DatasetService;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.Series;
import io.duckboard.security.Roles;
import io.duckboard.testsupport.KaribuTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewsTest extends KaribuTest {

    @Autowired
    DatasetService datasets;
    @Autowired
    DashboardExecutor executor;

    @BeforeEach
    void waitForData() {
        await().atMost(Duration.ofSeconds(60)).until(() -> datasets.status().serving() != null && !datasets.status().loading());
    }

    @Test
    void the_overview_shows_the_periods_figures_with_deltas_for_a_viewer() {
        login("dash-viewer", Roles.VIEWER);
        UI.getCurrent().navigate(OverviewView.class);

        pushUntil(() -> !_get(Div.class, spec -> spec.withId("kpi-cards")).getChildren().toList().isEmpty());

        String interactions = _get(Div.class, spec -> spec.withId("kpi-interactions")).getElement().getTextRecursively();
        assertThat(interactions).contains("Interactions", "11,324");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-rating")).getElement().getTextRecursively()).contains("★");
    }

    @Test
    void url_parameters_set_the_filters_and_a_filter_change_rewrites_the_url() {
        UI.getCurrent().navigate(TrendsView.class, new QueryParameters(Map.of(
                "from", List.of("2008-01-01"), "to", List.of("2009-12-31"), "rmin", List.of("1"), "ma", List.of("6"))));

        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-from")).getValue()).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(_get(IntegerField.class, spec -> spec.withId("filter-rmin")).getValue()).isEqualTo(1);

        TrendsView view = _get(TrendsView.class);
        ChartCard monthly = _get(ChartCard.class, spec -> spec.withId("chart-monthly"));
        pushUntil(() -> !monthly.isLoading());
        var before = monthly.chart().options().series();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        _get(IntegerField.class, spec -> spec.withId("filter-minint")).setValue(3);

        assertThat(pushedUrls()).singleElement().asString()
                .startsWith("dashboards/trends?").contains("from=2008-01-01", "rmin=1", "minint=3", "ma=6");
        assertThat(_get(TrendsView.class)).as("re-queried in place, not a new view").isSameAs(view);
        pushUntil(() -> !monthly.chart().options().series().equals(before));
        assertThat(monthly.failed()).isFalse();
    }

    /** The URLs the server asked the browser to put in its history since the last call. */
    private static List<String> pushedUrls() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("pushState") || invocation.getExpression().contains("vaadin-navigate"))
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast)
                .toList();
    }

    @Test
    void the_trend_chart_states_its_slope_and_interval() {
        UI.getCurrent().navigate(TrendsView.class);

        ChartCard trend = _get(ChartCard.class, spec -> spec.withId("chart-trend"));
        pushUntil(() -> !trend.isLoading());

        assertThat(trend.failed()).isFalse();
        assertThat(trend.note()).matches("(Interactions (grow|fall) by .* per month on average \\(95 % CI .* to .*\\)"
                + "|No clear linear trend: the slope is .* per month, but its 95 % CI \\(.* to .*\\) includes 0,) over \\d+ months\\.");
    }

    @Test
    void the_weekend_view_states_the_tests_in_one_sentence() {
        UI.getCurrent().navigate(WeekendView.class);

        var verdict = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("weekend-verdict"));
        pushUntil(() -> verdict.getText().startsWith("Weekend ratings are"));

        assertThat(verdict.getText()).containsPattern("Welch's t = -?\\d+\\.\\d\\d, p [<=] [0-9.]+, a (negligible|small|medium|large) effect")
                .contains("χ² =", "Cramér's V", "interactions a day");
    }

    @Test
    void the_seasonality_view_draws_its_four_charts_and_names_the_peak_month() {
        UI.getCurrent().navigate(SeasonalityView.class);

        ChartCard index = _get(ChartCard.class, spec -> spec.withId("chart-seasonal-index"));
        ChartCard heatmap = _get(ChartCard.class, spec -> spec.withId("chart-weekday-month"));
        pushUntil(() -> !index.isLoading() && !heatmap.isLoading());

        assertThat(index.failed()).isFalse();
        assertThat(heatmap.failed()).isFalse();
        assertThat(index.note()).matches("Busiest month: \\w{3} \\(\\d+\\.\\d\\); quietest: \\w{3} \\(\\d+\\.\\d\\)\\.");
        assertThat(heatmap.chart().options().series()).hasSize(7);
    }

    @Test
    void the_ratings_view_gives_each_property_its_correlation() {
        UI.getCurrent().navigate(RatingsView.class);

        ChartCard minutes = _get(ChartCard.class, spec -> spec.withId("chart-rating-by-minutes"));
        ChartCard tags = _get(ChartCard.class, spec -> spec.withId("chart-rating-by-tag"));
        pushUntil(() -> !minutes.isLoading() && !tags.isLoading());

        assertThat(minutes.note()).matches("Rating and minutes are (hardly related|weakly related|related) \\(Pearson's r = -?0\\.\\d{3}, minutes on a log scale\\)\\.");
        assertThat(tags.chart().options().series()).hasSize(1);
        var bars = tags.chart().options().series().getFirst().data();
        assertThat(bars).hasSize(RatingsView.TOP_TAGS);
        assertThat(bars).allSatisfy(bar -> {
            double mean = (Double) bar.y();
            assertThat(bar.goals()).extracting(Series.Goal::name).containsExactly("95 % CI low", "95 % CI high");
            assertThat(bar.goals().getFirst().value()).isLessThanOrEqualTo(mean);
            assertThat(bar.goals().getLast().value()).isGreaterThanOrEqualTo(mean);
        });
    }

    @Test
    void the_mean_rating_scale_widens_when_a_filter_brings_means_below_it() {
        UI.getCurrent().navigate(RatingsView.class, new QueryParameters(Map.of("rmin", List.of("1"), "rmax", List.of("3"))));

        ChartCard tags = _get(ChartCard.class, spec -> spec.withId("chart-rating-by-tag"));
        ChartCard steps = _get(ChartCard.class, spec -> spec.withId("chart-rating-by-steps"));
        pushUntil(() -> !tags.isLoading() && !steps.isLoading());

        double lowestCiEnd = tags.chart().options().series().getFirst().data().stream()
                .mapToDouble(bar -> bar.goals().getFirst().value()).min().orElseThrow();
        double lowestMean = steps.chart().options().series().getFirst().data().stream()
                .mapToDouble(bin -> ((Number) bin.y()).doubleValue()).min().orElseThrow();
        assertThat(lowestMean).as("ratings 1–3 only").isLessThanOrEqualTo(3.0);
        assertThat(tags.chart().options().xaxis().min()).isLessThanOrEqualTo(lowestCiEnd).isLessThan(RatingsView.USUAL_FLOOR);
        assertThat(steps.chart().options().yaxis().getFirst().min()).isLessThanOrEqualTo(lowestMean);
        assertThat(RatingsView.scaleFloor(java.util.stream.DoubleStream.of(4.2, 4.7))).isEqualTo(RatingsView.USUAL_FLOOR);
        assertThat(RatingsView.scaleFloor(java.util.stream.DoubleStream.of(2.74, 4.7))).isEqualTo(2.5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recipes_list_lazily_and_a_click_opens_the_recipe_page() {
        UI.getCurrent().navigate(RecipesView.class);

        com.vaadin.flow.component.grid.Grid<io.duckboard.dashboards.query.RecipeRow> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("recipes-grid"));
        assertThat(com.vaadin.flow.component.grid.Grid.class.cast(grid)).isNotNull();
        int size = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
        var first = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0);
        var second = com.github.mvysny.kaributesting.v10.GridKt._get(grid, 1);

        assertThat(size).isEqualTo(1_783);
        assertThat(first.interactions()).isGreaterThanOrEqualTo(second.interactions());
        UI.getCurrent().navigate(RecipeView.class, first.id());
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo(first.name());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("recipe-tags")).getText()).startsWith("Tags: ");
    }

    @Test
    void a_failing_query_shows_in_its_own_chart_only() {
        ChartCard broken = new ChartCard("broken", "Broken", ChartOptions.of(ChartType.LINE, "100"));
        ChartCard fine = new ChartCard("fine", "Fine", ChartOptions.of(ChartType.LINE, "100"));
        UI.getCurrent().add(broken, fine);

        broken.<List<Series>>load(executor, () -> { throw new IllegalStateException("Binder Error: no such column"); }, s -> s, s -> { });
        fine.<List<Series>>load(executor, () -> List.of(Series.of("x", List.of(Series.Point.of(1, 2)))), s -> s, s -> { });
        pushUntil(() -> !broken.isLoading() && !fine.isLoading());

        assertThat(broken.failed()).isTrue();
        assertThat(broken.getElement().getTextRecursively()).contains("could not be computed", "no such column", "other charts are unaffected");
        assertThat(fine.failed()).isFalse();
        assertThat(fine.chart().options().series()).hasSize(1);
    }

    @Test
    void charts_sharing_a_query_fail_one_by_one() {
        ChartCard broken = new ChartCard("broken", "Broken", ChartOptions.of(ChartType.LINE, "100"));
        ChartCard fine = new ChartCard("fine", "Fine", ChartOptions.of(ChartType.LINE, "100"));
        UI.getCurrent().add(broken, fine);

        ChartQuery.of(() -> 2)
                .into(broken, value -> { throw new IllegalStateException("cannot draw " + value); })
                .into(fine, value -> List.of(Series.of("x", List.of(Series.Point.of(1, value)))))
                .run(executor);
        pushUntil(() -> !broken.isLoading() && !fine.isLoading());

        assertThat(broken.failed()).isTrue();
        assertThat(broken.getElement().getTextRecursively()).contains("cannot draw 2");
        assertThat(fine.failed()).isFalse();
        assertThat(fine.chart().options().series()).hasSize(1);
    }

    @Test
    void a_late_result_of_an_older_filter_is_not_drawn() throws InterruptedException {
        ChartCard card = new ChartCard("card", "Card", ChartOptions.of(ChartType.LINE, "100"));
        UI.getCurrent().add(card);
        CountDownLatch olderMayFinish = new CountDownLatch(1);
        CountDownLatch olderFinished = new CountDownLatch(1);

        card.<List<Series>>load(executor, () -> {
            awaitQuietly(olderMayFinish);
            return List.of(Series.of("older", List.of(Series.Point.of(1, 1))));
        }, s -> s, s -> olderFinished.countDown());
        card.<List<Series>>load(executor, () -> List.of(Series.of("newer", List.of(Series.Point.of(1, 2)))), s -> s, s -> { });
        pushUntil(() -> !card.isLoading());
        olderMayFinish.countDown();
        await().pollInSameThread().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return true;
        });

        assertThat(olderFinished.getCount()).as("the older result was never shown").isEqualTo(1);
        assertThat(card.chart().options().series()).extracting(Series::name).containsExactly("newer");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets background work finish and runs the pushed UI updates, in the test thread (Vaadin's session lives here). */
    private static void pushUntil(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.getAsBoolean();
        });
    }
}
