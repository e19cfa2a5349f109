package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.query.ContributorRow;
import io.duckboard.dashboards.query.DashboardQueries;
import io.duckboard.dashboards.query.RecipeRow;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Recipes and contributors in lazy, sortable grids; a recipe opens its own page. */
@Route("dashboards/recipes")
@PageTitle("Recipes & contributors · Duckboard")
@Menu(title = "Recipes & contributors", order = 25, icon = "vaadin:cutlery")
@PermitAll
public class RecipesView extends DashboardView {

    static final String RECIPES_SORT = "rsort";
    static final String CONTRIBUTORS_SORT = "csort";

    private final Grid<RecipeRow> recipes = new Grid<>();
    private final Grid<ContributorRow> contributors = new Grid<>();
    private boolean readingAddress;

    public RecipesView(DashboardQueries queries, DashboardExecutor executor) {
        super("Recipes & contributors", queries, executor);
        setId("recipes-view");
        recipes.setId("recipes-grid");
        recipes.addColumn(RecipeRow::name).setHeader("Recipe").setKey("name").setSortable(true).setFlexGrow(3);
        recipes.addColumn(r -> "%,d".formatted(r.interactions())).setHeader("Interactions").setKey("interactions").setSortable(true);
        recipes.addColumn(r -> "%,d".formatted(r.ratings())).setHeader("Ratings").setKey("ratings").setSortable(true);
        recipes.addColumn(r -> stars(r.meanRating())).setHeader("Mean").setKey("mean").setSortable(true);
        recipes.addColumn(r -> stars(r.bayesianRating())).setHeader("Bayesian average").setKey("bayes").setSortable(true);
        recipes.addItemClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate(RecipeView.class, click.getItem().id())));
        recipes.setHeight("28rem");
        contributors.setId("contributors-grid");
        contributors.addColumn(ContributorRow::contributorId).setHeader("Contributor").setKey("contributor").setSortable(true);
        contributors.addColumn(c -> "%,d".formatted(c.recipes())).setHeader("Recipes").setKey("recipes").setSortable(true);
        contributors.addColumn(c -> "%,d".formatted(c.interactions())).setHeader("Interactions").setKey("interactions").setSortable(true);
        contributors.addColumn(c -> stars(c.meanRating())).setHeader("Mean rating").setKey("mean").setSortable(true);
        contributors.setHeight("24rem");
        recipes.addSortListener(sort -> sortChanged());
        contributors.addSortListener(sort -> sortChanged());
        add(new H3("Top recipes"), new Paragraph("Sort by interactions or by the Bayesian average, which weighs a mean "
                + "by how many ratings stand behind it. Click a recipe to open it."), recipes,
                new H3("Contributor leaderboard"), contributors);
    }

    @Override
    protected void refresh(DashboardFilters current) {
        recipes.setItems(DataProvider.fromCallbacks(
                query -> queries.recipes(current, sortKey(query.getSortOrders(), "interactions"), descending(query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> queries.recipeCount(current)));
        contributors.setItems(DataProvider.fromCallbacks(
                query -> queries.contributors(current, sortKey(query.getSortOrders(), "interactions"), descending(query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> queries.contributorCount(current)));
    }

    /** Each grid's sort in the URL ({@code rsort=bayes-desc}, {@code csort=mean-asc}), so that a link reopens it sorted. */
    @Override
    protected Map<String, List<String>> viewParameters(Map<String, List<String>> query) {
        readingAddress = true;
        readSort(recipes, query.get(RECIPES_SORT));
        readSort(contributors, query.get(CONTRIBUTORS_SORT));
        readingAddress = false;
        return sortParameters();
    }

    private void sortChanged() {
        if (!readingAddress) {
            filters.showViewParameters(current, sortParameters());
        }
    }

    private Map<String, List<String>> sortParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        writeSort(recipes, RECIPES_SORT, parameters);
        writeSort(contributors, CONTRIBUTORS_SORT, parameters);
        return parameters;
    }

    private static void writeSort(Grid<?> grid, String parameter, Map<String, List<String>> parameters) {
        grid.getSortOrder().stream().findFirst().ifPresent(order -> parameters.put(parameter, List.of(order.getSorted().getKey()
                + (order.getDirection() == SortDirection.ASCENDING ? "-asc" : "-desc"))));
    }

    /** {@code key-asc} or {@code key-desc} of a sortable column; anything else leaves the grid unsorted. */
    private static <T> void readSort(Grid<T> grid, @Nullable List<String> values) {
        String value = values == null || values.size() != 1 ? "" : values.getFirst();
        int dash = value.lastIndexOf('-');
        Grid.Column<T> column = dash < 0 ? null : grid.getColumnByKey(value.substring(0, dash));
        String direction = dash < 0 ? "" : value.substring(dash + 1);
        if (column == null || !column.isSortable() || !(direction.equals("asc") || direction.equals("desc"))) {
            grid.sort(List.of());
            return;
        }
        grid.sort(List.of(new GridSortOrder<>(column, direction.equals("asc") ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
    }

    private static String sortKey(List<QuerySortOrder> orders, String fallback) {
        return orders.isEmpty() ? fallback : orders.getFirst().getSorted();
    }

    /** Unsorted grids show the largest first. */
    private static boolean descending(List<QuerySortOrder> orders) {
        return orders.isEmpty() || orders.getFirst().getDirection() == SortDirection.DESCENDING;
    }

    static String stars(@Nullable Double rating) {
        return rating == null ? "—" : "%.2f★".formatted(rating);
    }
}
