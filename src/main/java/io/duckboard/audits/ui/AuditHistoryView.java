package io.duckboard.audits.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.RunStatus;
import io.duckboard.audits.run.RunView;
import io.duckboard.platform.ui.charts.ApexChart;
import io.duckboard.platform.ui.charts.ChartOptions;
import io.duckboard.platform.ui.charts.ChartType;
import io.duckboard.platform.ui.charts.KitchenPalette;
import io.duckboard.platform.ui.charts.Series;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/** Past runs, filtered by audit, status and date, with a chart of findings per run over time. */
@Route("audits/history")
@PageTitle("Audit history · Duckboard")
@PermitAll
public class AuditHistoryView extends VerticalLayout {

    static final int LIMIT = 500;
    private static final String ALL = "All audits";

    private final AuditRunStore runs;
    private final Select<String> audit = new Select<>();
    private final Select<RunStatus> status = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ApexChart chart = new ApexChart(ChartOptions.of(ChartType.BAR, "260px").stacked()
            .withXAxis(ChartOptions.Axis.datetime()).withYAxes(ChartOptions.Axis.numeric("findings"))
            .withColors(List.of("#c62828", "#b26a00", KitchenPalette.SAGE.hex())).withTitle("Findings per run").withDownloadName("duckboard-audit-findings"));
    private final Grid<RunView> grid = new Grid<>();
    private final Clock clock;

    public AuditHistoryView(AuditRegistry registry, AuditRunStore runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
        setId("audit-history-view");
        List<String> audits = new ArrayList<>(List.of(ALL));
        registry.all().stream().map(Audit::id).forEach(audits::add);
        audit.setLabel("Audit");
        audit.setItems(audits);
        audit.setItemLabelGenerator(id -> ALL.equals(id) ? ALL : registry.get(id).title());
        audit.setValue(ALL);
        status.setLabel("Status");
        status.setItems(RunStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        List.of(from, to).forEach(AuditHistoryView::iso);
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        HorizontalLayout filters = new HorizontalLayout(audit, status, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        List.of(audit, status).forEach(field -> field.addValueChangeListener(change -> refresh()));
        List.of(from, to).forEach(field -> field.addValueChangeListener(change -> refresh()));
        chart.setWidthFull();
        grid.addComponentColumn(run -> new RouterLink("#" + run.id(), AuditRunView.class, run.id())).setHeader("Run").setAutoWidth(true);
        grid.addColumn(RunView::auditTitle).setHeader("Audit").setAutoWidth(true);
        grid.addComponentColumn(run -> Badges.of(run.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(run -> Badges.time(run.startedAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(run -> Badges.duration(run.duration())).setHeader("Took");
        grid.addColumn(RunView::failures).setHeader("Fail");
        grid.addColumn(RunView::warnings).setHeader("Warn");
        grid.addColumn(RunView::infos).setHeader("Info");
        grid.addColumn(AuditHistoryView::startedBy).setHeader("Started by").setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(AuditHistoryView::startedBy);
        grid.setEmptyStateText("No run matches these filters.");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new RouterLink("← Audits", AuditsView.class), new H2("Audit history"), filters, chart, grid);
        refresh();
    }

    /** The runs the filters select, newest first; tests read it. */
    List<RunView> shown() {
        return grid.getListDataView().getItems().toList();
    }

    private void refresh() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.now(clock).plusDays(1) : to.getValue();
        boolean backwards = end.isBefore(start);
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? "To is before From: pick a day on or after " + start : null);
        if (backwards) {
            return;
        }
        List<RunView> found = runs.history(ALL.equals(audit.getValue()) ? null : audit.getValue(), status.getValue(),
                start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(), LIMIT);
        grid.setItems(found);
        List<RunView> oldestFirst = found.stream().sorted(Comparator.comparing(RunView::startedAt)).toList();
        chart.updateSeries(List.of(series("FAIL", oldestFirst, RunView::failures), series("WARN", oldestFirst, RunView::warnings),
                series("INFO", oldestFirst, RunView::infos)));
    }

    private static String startedBy(RunView run) {
        return run.trigger().name().toLowerCase() + " by " + run.requestedBy();
    }

    private static void iso(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
    }

    private static Series series(String name, List<RunView> runs, ToIntFunction<RunView> value) {
        return Series.of(name, runs.stream().map(run -> Series.Point.of(run.startedAt().toEpochMilli(), value.applyAsInt(run))).toList());
    }
}
