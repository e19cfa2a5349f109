package io.duckboard.datasets.ui;

import io.duckboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.datasets.DatasetLoadView;
import io.duckboard.datasets.DatasetService;
import io.duckboard.datasets.DatasetStatus;
import io.duckboard.datasets.LoadStatus;
import io.duckboard.datasets.LoadTrigger;
import io.duckboard.datasets.TableInfo;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data page: which snapshot serves and where it came from, the last error in plain words, the
 * tables with exact row counts and columns, a lazy preview of any table, and "Reload now" with a
 * progress bar pushed from the server.
 */
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
@Route("data")
@PageTitle("Data · Duckboard")
@Menu(title = "Data", order = 10, icon = "vaadin:database")
public class DataView extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DatasetService datasets;
    private final Div snapshot = new Div();
    private final Div problem = new Div();
    private final Button reload = new Button("Reload now", VaadinIcon.REFRESH.create());
    private final ProgressBar progressBar = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Grid<TableInfo> tables = new Grid<>();
    private final TableDetails details;
    private final Grid<DatasetLoadView> history = new Grid<>();
    private @Nullable Runnable unsubscribe;

    public DataView(DatasetService datasets) {
        this.datasets = datasets;
        this.details = new TableDetails(datasets);
        setId("data-view");
        snapshot.setId("snapshot-summary");
        snapshot.addClassName("card-row");
        problem.setId("load-problem");
        problem.addClassName("problem-box");
        reload.setId("reload-button");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(click -> {
            datasets.reload(LoadTrigger.MANUAL);
            render(datasets.status());
        });
        progressBar.setId("reload-progress");
        progressText.setId("reload-progress-text");
        configureTables();
        configureHistory();
        HorizontalLayout reloadRow = new HorizontalLayout(reload, progressBar, progressText);
        reloadRow.setAlignItems(Alignment.CENTER);
        reloadRow.setWidthFull();
        progressBar.setWidth("20rem");
        add(new H2("Data"), snapshot, problem, reloadRow, new H3("Tables"), tables, details, new H3("Loads"), history);
        render(datasets.status());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = datasets.onChange(status -> ui.access(() -> render(status)));
        render(datasets.status());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    void render(DatasetStatus status) {
        renderSnapshot(status.serving());
        renderProblem(status);
        boolean loading = status.loading();
        reload.setEnabled(!loading);
        progressBar.setVisible(loading);
        progressText.setVisible(loading);
        if (status.progress() != null) {
            progressBar.setValue(Math.max(0, Math.min(1, status.progress().fraction())));
            progressText.setText(status.progress().phase()
                    + (status.progress().detail().isBlank() ? "" : " — " + status.progress().detail()));
        }
        if (!loading) {
            List<TableInfo> current = datasets.tables();
            tables.setItems(current);
            details.tablesChanged(current);
            history.setItems(datasets.history(20));
        }
    }

    private void renderSnapshot(@Nullable DatasetLoadView serving) {
        snapshot.removeAll();
        if (serving == null) {
            snapshot.add(fact("Snapshot", "none yet"));
            return;
        }
        snapshot.add(fact("Snapshot", "v" + serving.id()),
                fact("Source", serving.source()),
                fact("Loaded at", serving.finishedAt() == null ? "" : TIME.format(serving.finishedAt())),
                fact("Load took", seconds(serving.duration())));
    }

    private void renderProblem(DatasetStatus status) {
        problem.removeAll();
        DatasetLoadView last = status.lastAttempt();
        boolean failed = last != null && last.status() == LoadStatus.FAILED;
        List<String> warnings = status.serving() == null ? List.of() : status.serving().warnings();
        problem.setVisible(failed || !warnings.isEmpty());
        if (failed) {
            String still = status.serving() == null ? "Nothing is loaded yet."
                    : "Snapshot v" + status.serving().id() + " keeps serving.";
            String reason = last.error() == null ? "" : last.error().strip();
            String ending = reason.endsWith(".") ? " " : ". ";
            Span text = new Span("Last load failed at " + TIME.format(last.finishedAt()) + ": " + reason + ending + still);
            text.setId("load-error");
            problem.add(text);
        }
        warnings.forEach(warning -> problem.add(new Div(new Span("Warning: " + warning))));
    }

    private void configureTables() {
        tables.setId("tables-grid");
        tables.addColumn(TableInfo::name).setHeader("Table").setAutoWidth(true);
        tables.addColumn(t -> "%,d".formatted(t.rows())).setHeader("Rows").setAutoWidth(true);
        tables.addColumn(t -> t.columns().size()).setHeader("Columns").setAutoWidth(true);
        tables.setAllRowsVisible(true);
        tables.asSingleSelect().addValueChangeListener(event -> details.show(event.getValue()));
    }

    private void configureHistory() {
        history.setId("history-grid");
        history.addColumn(load -> TIME.format(load.startedAt())).setHeader("Started").setAutoWidth(true);
        history.addColumn(load -> load.trigger().name().toLowerCase()).setHeader("Trigger").setAutoWidth(true);
        history.addColumn(load -> load.status().name()).setHeader("Status").setAutoWidth(true);
        history.addColumn(load -> seconds(load.duration())).setHeader("Took").setAutoWidth(true);
        history.addColumn(load -> load.error() == null ? "" : load.error()).setHeader("Error").setFlexGrow(1);
        history.setAllRowsVisible(true);
    }

    private static Div fact(String label, String value) {
        Div card = new Div(new Span(label), new Span(value));
        card.addClassName("fact-card");
        return card;
    }

    static String seconds(@Nullable Duration duration) {
        return duration == null ? "" : "%.1f s".formatted(duration.toMillis() / 1000.0);
    }

    /** Columns and a lazy preview of the selected table. */
    static final class TableDetails extends VerticalLayout {

        private final DatasetService datasets;
        private final H3 title = new H3();
        private final Grid<TableInfo.ColumnInfo> columns = new Grid<>();
        private @Nullable Grid<List<String>> preview;

        TableDetails(DatasetService datasets) {
            this.datasets = datasets;
            setId("table-details");
            setPadding(false);
            columns.setId("columns-grid");
            columns.addColumn(TableInfo.ColumnInfo::name).setHeader("Column");
            columns.addColumn(TableInfo.ColumnInfo::type).setHeader("Type");
            columns.setAllRowsVisible(true);
            add(title, columns);
            setVisible(false);
        }

        void tablesChanged(List<TableInfo> current) {
            setVisible(false);
        }

        void show(@Nullable TableInfo table) {
            if (preview != null) {
                remove(preview);
            }
            setVisible(table != null);
            if (table == null) {
                return;
            }
            title.setText(table.name() + " — %,d rows".formatted(table.rows()));
            columns.setItems(table.columns());
            preview = new Grid<>();
            preview.setId("preview-grid");
            for (int i = 0; i < table.columns().size(); i++) {
                int index = i;
                preview.addColumn(row -> row.get(index)).setHeader(table.columns().get(i).name()).setAutoWidth(true);
            }
            preview.setItems(DataProvider.fromCallbacks(
                    query -> datasets.preview(table.name(), query.getOffset(), query.getLimit()).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, Math.max(0, table.rows()))));
            preview.setHeight("24rem");
            add(preview);
        }

        @Nullable Grid<List<String>> preview() {
            return preview;
        }
    }
}
