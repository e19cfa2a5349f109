package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.query.DashboardQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every dashboard shares: a title, the filter bar, filters read from the URL, a refresh on each
 * visit (including back/forward) and on each filter change (in place, see {@link FilterBar}). A link
 * with values that make no sense (a rating of 9, a date that is not one) opens with the defaults in
 * their place, and its address is corrected so that it says what is shown.
 */
abstract class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    protected final DashboardQueries queries;
    protected final DashboardExecutor executor;
    protected final FilterBar filters;
    /** The filters shown now. */
    protected DashboardFilters current = DashboardFilters.DEFAULT;

    DashboardView(String title, DashboardQueries queries, DashboardExecutor executor) {
        this.queries = queries;
        this.executor = executor;
        this.filters = new FilterBar(getClass(), queries.tags(), changed -> {
            current = changed;
            refresh(changed);
        });
        add(new H2(title), filters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        DashboardFilters asked = DashboardFilters.fromQuery(query);
        Map<String, List<String>> own = viewParameters(query);
        Map<String, List<String>> meant = new LinkedHashMap<>(asked.toQuery());
        meant.putAll(own);
        if (!meant.equals(query)) {
            event.forwardTo(getClass(), new QueryParameters(meant));
            return;
        }
        current = asked;
        filters.show(asked, own);
        refresh(asked);
    }

    /** The view's own parameters in the URL (beside the filters), read from the query and applied; none by default. */
    protected Map<String, List<String>> viewParameters(Map<String, List<String>> query) {
        return Map.of();
    }

    protected abstract void refresh(DashboardFilters current);
}
