package io.duckboard.dashboards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import io.duckboard.dashboards.DashboardFilters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The global filters. A change puts the new query parameters in the address bar as a new history
 * entry and lets the view re-query in place (no server-side navigation, which would re-run the whole
 * view's entry); the URL always describes what is shown, so links reproduce views, and back/forward
 * are ordinary navigations that the view reads in {@code beforeEnter}.
 *
 * A value that cannot be used (a rating of 9, a "to" before "from", text in a number field) is
 * marked on its field with what to type instead, and nothing is re-queried: the charts and the URL
 * keep the last filters that made sense.
 */
public class FilterBar extends FlexLayout {

    static final int MAX_MIN_INTERACTIONS = 1_000_000;
    static final String CUSTOM = "Custom";

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
        preset.setItems(PeriodPreset.names());
        from.setId("filter-from");
        to.setId("filter-to");
        for (DatePicker date : List.of(from, to)) {
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormats("yyyy-MM-dd", "M/d/yyyy", "d.M.yyyy")
                    .setBadInputErrorMessage("Type a date such as 2010-03-31"));
            date.setManualValidation(true);
            date.setWidth("10rem");
        }
        tags.setId("filter-tags");
        tags.setItems(tagChoices);
        tags.setWidth("18rem");
        minRating.setId("filter-rmin");
        maxRating.setId("filter-rmax");
        minInteractions.setId("filter-minint");
        for (IntegerField field : List.of(minRating, maxRating)) {
            field.setMin(0);
            field.setMax(5);
            field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("A whole number from 0 to 5")
                    .setMinErrorMessage("0 is the lowest (a review without a rating)").setMaxErrorMessage("5 is the highest rating"));
            field.setStepButtonsVisible(true);
            field.setWidth("7rem");
        }
        minInteractions.setMin(0);
        minInteractions.setMax(MAX_MIN_INTERACTIONS);
        minInteractions.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("A whole number, 0 or more")
                .setMinErrorMessage("0 or more").setMaxErrorMessage("At most %,d".formatted(MAX_MIN_INTERACTIONS)));
        List.of(minRating, maxRating, minInteractions).forEach(field -> field.setManualValidation(true));
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
        validate();
        preset.setValue(PeriodPreset.nameOf(filters.from(), filters.to()));
        updating = false;
    }

    /** A view's own parameters (a grid's sort, a window) changed: kept in the URL beside the filters shown, in place. */
    public void showViewParameters(DashboardFilters shown, Map<String, List<String>> viewParameters) {
        extra = viewParameters;
        replaceUrl(view, query(shown));
    }

    public DashboardFilters current() {
        return new DashboardFilters(
                from.getValue() == null ? DashboardFilters.FIRST_DAY : from.getValue(),
                to.getValue() == null ? DashboardFilters.LAST_DAY : to.getValue(),
                tags.getValue(), value(minRating, 0), value(maxRating, 5), value(minInteractions, 0));
    }

    private void applyPreset(String name) {
        if (updating) {
            return;
        }
        PeriodPreset.named(name).ifPresent(period -> {
            updating = true;
            from.setValue(period.from());
            to.setValue(period.to());
            updating = false;
            changed();
        });
    }

    private void changed() {
        if (updating) {
            return;
        }
        updating = true;
        preset.setValue(from.getValue() == null || to.getValue() == null ? CUSTOM : PeriodPreset.nameOf(from.getValue(), to.getValue()));
        updating = false;
        if (!validate()) {
            return;
        }
        DashboardFilters now = current();
        showInUrl(view, query(now));
        onChange.accept(now);
    }

    private Map<String, List<String>> query(DashboardFilters filters) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(filters.toQuery());
        query.putAll(extra);
        return query;
    }

    /** Each field's own rules (range, a parsable value), then the pairs: "to" not before "from", rating "to" not below "from". */
    private boolean validate() {
        boolean datesBackwards = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        boolean ratingsBackwards = minRating.getValue() != null && maxRating.getValue() != null && maxRating.getValue() < minRating.getValue();
        return check(from, null)
                & check(to, datesBackwards ? "Not before From" : null)
                & check(minRating, null)
                & check(maxRating, ratingsBackwards ? "At least the lowest rating (" + minRating.getValue() + ")" : null)
                & check(minInteractions, null);
    }

    private static <T, F extends Component & HasValue<?, T> & HasValidator<T> & HasValidation> boolean check(F field, @Nullable String pairProblem) {
        ValidationResult own = field.getDefaultValidator().apply(field.getValue(), new ValueContext(field, field));
        String problem = own.isError() ? own.getErrorMessage() : pairProblem;
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
        return problem == null;
    }

    /** A new history entry for {@code view} with this query, without a server round trip or re-entering the view. */
    static void showInUrl(Class<? extends Component> view, Map<String, List<String>> query) {
        UI.getCurrent().getPage().getHistory().pushState(null, location(view, query));
    }

    /** The same history entry with another query: a view's own choice (a sort, a window) is not a step back/forward goes through. */
    private static void replaceUrl(Class<? extends Component> view, Map<String, List<String>> query) {
        UI.getCurrent().getPage().getHistory().replaceState(null, location(view, query));
    }

    private static Location location(Class<? extends Component> view, Map<String, List<String>> query) {
        return new Location(RouteConfiguration.forSessionScope().getUrl(view), new QueryParameters(query));
    }

    private static int value(IntegerField field, int fallback) {
        return field.getValue() == null ? fallback : field.getValue();
    }

    /** The period presets; a period that matches none is "Custom". */
    record PeriodPreset(String name, LocalDate from, LocalDate to) {

        private static final LocalDate END = DashboardFilters.LAST_DAY;
        static final List<PeriodPreset> ALL = List.of(
                new PeriodPreset("All years", DashboardFilters.FIRST_DAY, END),
                new PeriodPreset("2008–2009 peak", LocalDate.of(2008, 1, 1), LocalDate.of(2009, 12, 31)),
                new PeriodPreset("Last 5 years", END.minusYears(5).plusDays(1), END),
                new PeriodPreset("Last year", END.minusYears(1).plusDays(1), END));

        static List<String> names() {
            List<String> names = new java.util.ArrayList<>(ALL.stream().map(PeriodPreset::name).toList());
            names.add(CUSTOM);
            return names;
        }

        static java.util.Optional<PeriodPreset> named(String name) {
            return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        static String nameOf(LocalDate from, LocalDate to) {
            return ALL.stream().filter(p -> p.from().equals(from) && p.to().equals(to)).map(PeriodPreset::name).findFirst().orElse(CUSTOM);
        }
    }
}
