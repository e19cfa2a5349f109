package io.duckboard.dashboards.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One month: interactions, and the mean of the ratings given (0 = no rating, left out). */
public record MonthlyPoint(LocalDate month, long interactions, @Nullable Double meanRating) {
}
