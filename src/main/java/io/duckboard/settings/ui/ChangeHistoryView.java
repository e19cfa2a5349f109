package io.duckboard.settings.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.duckboard.platform.changes.Change;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** ADMIN: who changed what, when — filtered by kind, person and dates. */
@Route("settings/history")
@PageTitle("Change history · Duckboard")
@Menu(title = "Change history", order = 90, icon = "vaadin:time-backward")
@RolesAllowed(Roles.ADMIN)
public class ChangeHistoryView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ChangeLog changes;
    private final Grid<Change> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final TextField actor = new TextField("Who");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    public ChangeHistoryView(ChangeLog changes, Clock clock) {
        this.changes = changes;
        setId("change-history");
        kind.setLabel("Kind");
        kind.setId("history-kind");
        kind.setItems("", "SETTING", "USER", "ROLE", "API_KEY", "WEBHOOK", "FLAG", "SECRETS");
        kind.setItemLabelGenerator(k -> k.isEmpty() ? "all" : k.toLowerCase().replace('_', ' '));
        kind.setValue("");
        actor.setId("history-actor");
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(30));
        to.setValue(today);
        grid.setId("history-grid");
        grid.addColumn(c -> TIME.format(c.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(Change::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(Change::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(Change::target).setHeader("What").setAutoWidth(true);
        grid.addColumn(c -> c.field() == null ? "" : c.field()).setHeader("Field").setAutoWidth(true);
        grid.addColumn(c -> (c.oldValue() == null ? "—" : c.oldValue()) + " → " + (c.newValue() == null ? "—" : c.newValue()))
                .setHeader("Old → new").setFlexGrow(1);
        kind.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(kind, actor, from, to);
        add(new H2("Change history"), filters, grid);
        refresh();
    }

    void refresh() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate start = from.getValue() == null ? LocalDate.of(2000, 1, 1) : from.getValue();
        LocalDate end = to.getValue() == null ? LocalDate.of(2999, 1, 1) : to.getValue();
        grid.setItems(changes.search(kind.getValue(), actor.getValue(), start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant(), 500));
    }
}
