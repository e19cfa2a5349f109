package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import io.duckboard.dashboards.DashboardFilters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The global filters. A change puts the new query parameters in the address bar as a new history
 * entry and lets the view re-query in place (no server-side navigation, which would re-run the whole
 * view's entry); the URL always describes what is shown, so links reproduce views, and back/forward
 * are ordinary navigations that the view reads in {@code beforeEnter}.
 */
public class FilterBar extends FlexLayout {

    private final Class<? extends Component> view;
    private final Consumer<DashboardFilters> onChange;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<String> preset = new Select<>();
    private final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    private final IntegerField minRating = new IntegerField("Rating from");
    private final IntegerField maxRating = new IntegerField("to");
    private final IntegerField minInteractions = new IntegerField("Min. interactions per recipe");
    private Map<String, List<String>> extra = Map.of();
    private boolean updating;

    public FilterBar(Class<? extends Component> view, List<String> tagChoices, Consumer<DashboardFilters> onChange) {
        this.view = view;
        this.onChange = onChange;
        setId("filter-bar");
        addClassName("filter-bar");
        setFlexWrap(FlexWrap.WRAP);
        preset.setLabel("Period");
        preset.setId("filter-preset");
        preset.setItems("All years", "2008–2009 peak", "Last 5 years", "Last year", "Custom");
        from.setId("filter-from");
        to.setId("filter-to");
        tags.setId("filter-tags");
        tags.setItems(tagChoices);
        tags.setWidth("18rem");
        minRating.setId("filter-rmin");
        maxRating.setId("filter-rmax");
        minInteractions.setId("filter-minint");
        for (IntegerField field : List.of(minRating, maxRating)) {
            field.setMin(0);
            field.setMax(5);
            field.setStepButtonsVisible(true);
            field.setWidth("7rem");
        }
        minInteractions.setMin(0);
        preset.addValueChangeListener(e -> applyPreset(e.getValue()));
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        tags.addValueChangeListener(e -> changed());
        minRating.addValueChangeListener(e -> changed());
        maxRating.addValueChangeListener(e -> changed());
        minInteractions.addValueChangeListener(e -> changed());
        add(preset, from, to, tags, minRating, maxRating, minInteractions);
    }

    /** Shows these filters (from the URL) without changing the URL. {@code extra} keeps a view's own parameters. */
    public void show(DashboardFilters filters, Map<String, List<String>> viewParameters) {
        updating = true;
        extra = viewParameters;
        from.setValue(filters.from());
        to.setValue(filters.to());
        tags.setValue(filters.tags());
        minRating.setValue(filters.minRating());
        maxRating.setValue(filters.maxRating());
        minInteractions.setValue(filters.minInteractions());
        updating = false;
    }

    public DashboardFilters current() {
        return new DashboardFilters(
                from.getValue() == null ? DashboardFilters.FIRST_DAY : from.getValue(),
                to.getValue() == null ? DashboardFilters.LAST_DAY : to.getValue(),
                tags.getValue(), value(minRating, 0), value(maxRating, 5), value(minInteractions, 0));
    }

    private void applyPreset(String name) {
        LocalDate end = DashboardFilters.LAST_DAY;
        switch (name) {
            case "All years" -> setPeriod(DashboardFilters.FIRST_DAY, end);
            case "2008–2009 peak" -> setPeriod(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31));
            case "Last 5 years" -> setPeriod(end.minusYears(5).plusDays(1), end);
            case "Last year" -> setPeriod(end.minusYears(1).plusDays(1), end);
            default -> { }
        }
    }

    private void setPeriod(LocalDate start, LocalDate end) {
        updating = true;
        from.setValue(start);
        to.setValue(end);
        updating = false;
        changed();
    }

    private void changed() {
        if (updating) {
            return;
        }
        DashboardFilters now = current();
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(now.toQuery());
        query.putAll(extra);
        showInUrl(view, query);
        onChange.accept(now);
    }

    /** A new history entry for {@code view} with this query, without a server round trip or re-entering the view. */
    static void showInUrl(Class<? extends Component> view, Map<String, List<String>> query) {
        Location location = new Location(RouteConfiguration.forSessionScope().getUrl(view), new QueryParameters(query));
        UI.getCurrent().getPage().getHistory().pushState(null, location);
    }

    private static int value(IntegerField field, int fallback) {
        return field.getValue() == null ? fallback : field.getValue();
    }
}
