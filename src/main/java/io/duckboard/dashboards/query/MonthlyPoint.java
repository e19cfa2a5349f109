package io.duckboard.dashboards.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One month: interactions, and the mean of the ratings given (0 = no rating, left out). */
public record MonthlyPoint(LocalDate month, long interactions, @Nullable Double meanRating) {

    /**
     * The months from the first to the last of {@code points} (sorted), each present: a month without
     * interactions in the selection had none, so it counts 0 — left out, it would close up the timeline
     * (a trend per month would be fitted over fewer months than the period has).
     */
    public static List<MonthlyPoint> everyMonth(List<MonthlyPoint> points) {
        List<MonthlyPoint> all = new ArrayList<>();
        for (MonthlyPoint point : points) {
            LocalDate next = all.isEmpty() ? point.month() : all.getLast().month().plusMonths(1);
            for (; next.isBefore(point.month()); next = next.plusMonths(1)) {
                all.add(new MonthlyPoint(next, 0, null));
            }
            all.add(point);
        }
        return List.copyOf(all);
    }
}
