package io.duckboard.dashboards.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One month: interactions, and the mean of the ratings given (0 = no rating, left out). */
public record MonthlyPoint(LocalDate month, long interactions, @Nullable Double meanRating) {

    /**
     * Every calendar month of the period {@code from}–{@code to}, in order: a month of the period
     * without interactions in the selection had none, so it counts 0 — left out, it would close up
     * the timeline (a trend per month fitted over fewer months than the period has, a season that
     * seems not to exist). A selection with no interaction at all stays empty: there is nothing to draw.
     */
    public static List<MonthlyPoint> everyMonth(List<MonthlyPoint> points, LocalDate from, LocalDate to) {
        if (points.isEmpty()) {
            return List.of();
        }
        LocalDate first = min(from.withDayOfMonth(1), points.getFirst().month());
        LocalDate last = max(to.withDayOfMonth(1), points.getLast().month());
        List<MonthlyPoint> all = new ArrayList<>();
        int next = 0;
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (next < points.size() && points.get(next).month().equals(month)) {
                all.add(points.get(next++));
            } else {
                all.add(new MonthlyPoint(month, 0, null));
            }
        }
        return List.copyOf(all);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
