package io.duckboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import io.duckboard.dashboards.query.RecipeRow;
import io.duckboard.datasets.DatasetService;
import io.duckboard.testsupport.KaribuTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the filter bar does with values that cannot be used, and what the address bar says afterwards. */
class FilterBarTest extends KaribuTest {

    @Autowired
    DatasetService datasets;

    @BeforeEach
    void waitForData() {
        await().atMost(Duration.ofSeconds(60)).until(() -> datasets.status().serving() != null && !datasets.status().loading());
    }

    @Test
    void a_link_with_nonsense_opens_with_usable_values_and_its_address_is_corrected() {
        UI.getCurrent().navigate(WeekendView.class, query("from", "banana", "to", "2009-12-31", "rmin", "9", "minint", "-5",
                "tags", "vegan,easy", "colour", "red"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboards/weekend");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("to", List.of("2009-12-31"), "tags", List.of("easy,vegan"), "rmin", List.of("5")));
        assertThat(field("filter-rmin").getValue()).as("a rating above 5 is read as 5").isEqualTo(5);
        assertThat(field("filter-minint").getValue()).as("below 0 is 0").isZero();
        assertThat(_get(DatePicker.class, spec -> spec.withId("filter-from")).getValue()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void a_value_that_cannot_be_used_is_marked_on_its_field_and_the_charts_and_address_stay() {
        UI.getCurrent().navigate(TrendsView.class, query("rmin", "3"));
        ChartCard monthly = _get(ChartCard.class, spec -> spec.withId("chart-monthly"));
        pushUntil(() -> !monthly.isLoading());
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        IntegerField rmax = field("filter-rmax");
        rmax.setValue(9);
        assertThat(rmax.isInvalid()).isTrue();
        assertThat(rmax.getErrorMessage()).isEqualTo("5 is the highest rating");

        rmax.setValue(2);
        assertThat(rmax.getErrorMessage()).isEqualTo("At least the lowest rating (3)");

        IntegerField minint = field("filter-minint");
        minint.setValue(-5);
        assertThat(minint.getErrorMessage()).isEqualTo("0 or more");

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("filter-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("filter-to"));
        from.setValue(LocalDate.of(2015, 1, 1));
        to.setValue(LocalDate.of(2011, 6, 30));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Not before From");

        assertThat(historyCalls()).as("nothing was re-queried: the address still says what the charts show").isEmpty();
        assertThat(monthly.isLoading()).isFalse();

        rmax.setValue(5);
        minint.setValue(0);
        to.setValue(LocalDate.of(2016, 12, 31));
        assertThat(List.of(rmax.isInvalid(), minint.isInvalid(), to.isInvalid())).containsOnly(false);
        assertThat(parameters(historyCalls().getLast()))
                .isEqualTo(Map.of("from", List.of("2015-01-01"), "to", List.of("2016-12-31"), "rmin", List.of("3")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_period_shows_the_preset_its_dates_match() {
        open(OverviewView.class, query("from", "2008-01-01", "to", "2009-12-31"));
        Select<String> preset = _get(Select.class, spec -> spec.withId("filter-preset"));
        assertThat(preset.getValue()).isEqualTo("2008–2009 peak");

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("filter-from"));
        from.setValue(LocalDate.of(2008, 2, 1));
        assertThat(preset.getValue()).isEqualTo(FilterBar.CUSTOM);

        preset.setValue("Last 5 years");
        // before any lookup: karibu's lookups run a round trip, which sends the pending history calls
        assertThat(historyCalls()).last().asString().isEqualTo("dashboards/overview?from=2014-01-01");
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2014, 1, 1));

        UI.getCurrent().navigate(OverviewView.class);
        assertThat(_get(Select.class, spec -> spec.withId("filter-preset")).getValue()).isEqualTo("All years");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_moving_average_changes_in_place_and_keeps_one_legend_name() {
        UI.getCurrent().navigate(TrendsView.class, query("ma", "7"));
        assertThat(address()).as("7 is not a window we offer").isEqualTo("dashboards/trends");
        TrendsView view = _get(TrendsView.class);
        ChartCard trend = _get(ChartCard.class, spec -> spec.withId("chart-trend"));
        pushUntil(() -> !trend.isLoading());
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        Select<Integer> window = _get(Select.class, spec -> spec.withId("moving-average"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(window, 3);
        assertThat(historyCalls()).last().asString().isEqualTo("dashboards/trends?ma=3");
        pushUntil(() -> !trend.isLoading());

        assertThat(_get(TrendsView.class)).isSameAs(view);
        var average = trend.chart().options().series().get(1);
        assertThat(average.name()).isEqualTo(TrendsView.MOVING_AVERAGE);
        assertThat(average.data().get(1).y()).as("a 3-month window has its first value at the third month").isNull();
        assertThat(average.data().get(2).y()).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_grid_sort_goes_into_the_address_and_a_link_reopens_it_sorted() {
        UI.getCurrent().navigate(RecipesView.class);
        Grid<RecipeRow> recipes = _get(Grid.class, spec -> spec.withId("recipes-grid"));
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        GridKt._sortByKey(recipes, "bayes", SortDirection.DESCENDING);
        assertThat(historyCalls()).last().asString().isEqualTo("dashboards/recipes?rsort=bayes-desc");

        UI.getCurrent().navigate(RecipesView.class, query("rsort", "bayes-desc", "csort", "mean-asc"));
        Grid<RecipeRow> reopened = _get(Grid.class, spec -> spec.withId("recipes-grid"));
        assertThat(reopened.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("bayes");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
        RecipeRow first = GridKt._get(reopened, 0);
        RecipeRow second = GridKt._get(reopened, 1);
        assertThat(first.bayesianRating()).isGreaterThanOrEqualTo(second.bayesianRating());

        UI.getCurrent().navigate(RecipesView.class, query("rsort", "name-sideways"));
        assertThat(address()).isEqualTo("dashboards/recipes");
    }

    /** Opens a view as the browser does: the navigation is acknowledged before the next change is made. */
    private static void open(Class<? extends com.vaadin.flow.component.Component> view, QueryParameters query) {
        UI.getCurrent().navigate(view, query);
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
    }

    private static Map<String, List<String>> parameters(String url) {
        return QueryParameters.fromString(url.substring(url.indexOf('?') + 1)).getParameters();
    }

    private static IntegerField field(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static QueryParameters query(String... keysAndValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            query.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return new QueryParameters(query);
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The URLs the server asked the browser to put in (or replace in) its history since the last call (Flow's 'vaadin-navigate'). */
    private static List<String> historyCalls() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(invocation -> invocation.getExpression().contains("vaadin-navigate"))
                .flatMap(invocation -> invocation.getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast)
                .toList();
    }

    private static void pushUntil(BooleanSupplier condition) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return condition.getAsBoolean();
        });
    }
}
