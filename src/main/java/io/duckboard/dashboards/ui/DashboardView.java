package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.duckboard.dashboards.DashboardExecutor;
import io.duckboard.dashboards.DashboardFilters;
import io.duckboard.dashboards.query.DashboardQueries;
import java.util.Map;

/**
 * What every dashboard shares: a title, the filter bar, filters read from the URL, a refresh on each
 * visit (including back/forward) and on each filter change (in place, see {@link FilterBar}).
 */
abstract class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    protected final DashboardQueries queries;
    protected final DashboardExecutor executor;
    protected final FilterBar filters;

    DashboardView(String title, DashboardQueries queries, DashboardExecutor executor) {
        this.queries = queries;
        this.executor = executor;
        this.filters = new FilterBar(getClass(), queries.tags(), this::refresh);
        add(new H2(title), filters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardFilters current = DashboardFilters.fromQuery(event.getLocation().getQueryParameters().getParameters());
        filters.show(current, Map.of());
        refresh(current);
    }

    protected abstract void refresh(DashboardFilters current);
}
