package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.UI;
import io.duckboard.platform.ui.charts.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One query feeding one or more charts: it runs once on the dashboard executor and every chart it
 * feeds is drawn in the same UI access, so they reach the browser in one push. Each chart still
 * shows its own loading bar, and a failure (of the query or of one chart's conversion) shows only
 * in the charts concerned.
 */
final class ChartQuery<T> {

    private record Target<T>(ChartCard card, Function<T, List<Series>> toSeries, Consumer<T> after) {
    }

    private final Supplier<T> query;
    private final List<Target<T>> targets = new ArrayList<>();

    private ChartQuery(Supplier<T> query) {
        this.query = query;
    }

    static <T> ChartQuery<T> of(Supplier<T> query) {
        return new ChartQuery<>(query);
    }

    ChartQuery<T> into(ChartCard card, Function<T, List<Series>> toSeries) {
        return into(card, toSeries, result -> { });
    }

    ChartQuery<T> into(ChartCard card, Function<T, List<Series>> toSeries, Consumer<T> after) {
        targets.add(new Target<>(card, toSeries, after));
        return this;
    }

    /** Marks the charts as loading and starts the query; call from the UI thread. */
    void run(Executor executor) {
        UI ui = UI.getCurrent();
        long[] tickets = new long[targets.size()];
        for (int i = 0; i < tickets.length; i++) {
            tickets[i] = targets.get(i).card().startLoading();
        }
        CompletableFuture.supplyAsync(query, executor).whenComplete((result, failure) -> ui.access(() -> {
            for (int i = 0; i < tickets.length; i++) {
                Target<T> target = targets.get(i);
                target.card().finish(tickets[i], result, failure, target.toSeries(), target.after());
            }
        }));
    }
}
