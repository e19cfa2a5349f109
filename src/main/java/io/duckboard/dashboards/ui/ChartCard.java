package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.duckboard.platform.ui.charts.ApexChart;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.Series;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chart with its title, its own loading bar and its own error: a failing query shows here and
 * nowhere else. Data is computed on the dashboard executor and pushed to the browser when ready.
 */
public class ChartCard extends Div {

    private static final Logger log = LoggerFactory.getLogger(ChartCard.class);

    private final ApexChart chart;
    private final ProgressBar loading = new ProgressBar();
    private final Span error = new Span();
    private final Span note = new Span();
    private long loads;

    public ChartCard(String id, String title, ChartOptions options) {
        setId(id);
        addClassName("chart-card");
        chart = new ApexChart(options.withDownloadName("duckboard-" + id));
        loading.setIndeterminate(true);
        error.addClassName("chart-error");
        error.setVisible(false);
        note.addClassName("chart-note");
        add(new H3(title), loading, error, chart, note);
    }

    /** Runs {@code query} off the request thread, then shows its series (and lets {@code after} add a note). */
    public <T> void load(Executor executor, Supplier<T> query, Function<T, List<Series>> toSeries, Consumer<T> after) {
        ChartQuery.of(query).into(this, toSeries, after).run(executor);
    }

    /** Shows the loading bar for a new load and returns its ticket: only the latest load's result is drawn. */
    long startLoading() {
        loading.setVisible(true);
        error.setVisible(false);
        return ++loads;
    }

    /** Draws a load's result or its error, unless a newer load has started since (its result would be stale). */
    <T> void finish(long ticket, @Nullable T result, @Nullable Throwable failure, Function<T, List<Series>> toSeries, Consumer<T> after) {
        if (ticket != loads) {
            return;
        }
        loading.setVisible(false);
        if (failure == null) {
            try {
                chart.updateSeries(toSeries.apply(result));
                after.accept(result);
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        log.error("Chart {} failed", getId().orElse("?"), failure);
        error.setText("This chart could not be computed: " + rootMessage(failure) + ". The other charts are unaffected.");
        error.setVisible(true);
    }

    public ApexChart chart() {
        return chart;
    }

    public void setNote(String text) {
        note.setText(text);
    }

    public String note() {
        return note.getText();
    }

    public boolean failed() {
        return error.isVisible();
    }

    public boolean isLoading() {
        return loading.isVisible();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
