package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.duckboard.platform.ui.charts.ApexChart;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.Series;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    public ChartCard(String id, String title, ChartOptions options) {
        setId(id);
        addClassName("chart-card");
        chart = new ApexChart(options);
        loading.setIndeterminate(true);
        error.addClassName("chart-error");
        error.setVisible(false);
        note.addClassName("chart-note");
        add(new H3(title), loading, error, chart, note);
    }

    /** Runs {@code query} off the request thread, then shows its series (and lets {@code after} add a note). */
    public <T> void load(Executor executor, Supplier<T> query, java.util.function.Function<T, List<Series>> toSeries,
                         Consumer<T> after) {
        UI ui = UI.getCurrent();
        loading.setVisible(true);
        error.setVisible(false);
        CompletableFuture.supplyAsync(query, executor).whenComplete((result, failure) -> ui.access(() -> {
            loading.setVisible(false);
            if (failure != null) {
                log.error("Chart {} failed", getId().orElse("?"), failure);
                error.setText("This chart could not be computed: " + rootMessage(failure) + ". The other charts are unaffected.");
                error.setVisible(true);
                return;
            }
            chart.updateSeries(toSeries.apply(result));
            after.accept(result);
        }));
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
