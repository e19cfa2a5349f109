package io.duckboard.dashboards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The global filters every dashboard shares, and their form in the URL query ({@code from, to, tags,
 * rmin, rmax, minint}) so that a copied link reopens the same view. A value that does not parse
 * falls back to its default rather than breaking the page.
 */
public record DashboardFilters(LocalDate from, LocalDate to, Set<String> tags, int minRating, int maxRating, int minInteractions) {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2018, 12, 31);
    public static final DashboardFilters DEFAULT = new DashboardFilters(FIRST_DAY, LAST_DAY, Set.of(), 0, 5, 0);

    public DashboardFilters {
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        minRating = Math.max(0, Math.min(5, minRating));
        maxRating = Math.max(minRating, Math.min(5, maxRating));
        minInteractions = Math.max(0, minInteractions);
        tags = Set.copyOf(new TreeSet<>(tags));
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (!from.equals(DEFAULT.from)) {
            query.put("from", List.of(from.toString()));
        }
        if (!to.equals(DEFAULT.to)) {
            query.put("to", List.of(to.toString()));
        }
        if (!tags.isEmpty()) {
            query.put("tags", List.of(String.join(",", new TreeSet<>(tags))));
        }
        if (minRating != 0) {
            query.put("rmin", List.of(Integer.toString(minRating)));
        }
        if (maxRating != 5) {
            query.put("rmax", List.of(Integer.toString(maxRating)));
        }
        if (minInteractions != 0) {
            query.put("minint", List.of(Integer.toString(minInteractions)));
        }
        return query;
    }

    public static DashboardFilters fromQuery(Map<String, List<String>> query) {
        return new DashboardFilters(
                date(query, "from", DEFAULT.from), date(query, "to", DEFAULT.to),
                first(query, "tags").map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet())).orElse(Set.of()),
                number(query, "rmin", 0), number(query, "rmax", 5), number(query, "minint", 0));
    }

    /** The period of equal length just before this one, for "compared with the previous period". */
    public DashboardFilters previousPeriod() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new DashboardFilters(from.minusDays(days), from.minusDays(1), tags, minRating, maxRating, minInteractions);
    }

    public DashboardFilters withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilters(newFrom, newTo, tags, minRating, maxRating, minInteractions);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.getFirst());
    }

    private static LocalDate date(Map<String, List<String>> query, String key, LocalDate fallback) {
        try {
            return first(query, key).map(LocalDate::parse).orElse(fallback);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static int number(Map<String, List<String>> query, String key, int fallback) {
        try {
            return first(query, key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
