package io.duckboard.dashboards.query;

/**
 * Sufficient statistics for one group (weekday or weekend): interactions, days with any, and the
 * ratings given (1–5; 0 is "no rating") with their mean and sample variance, plus counts per rating 0–5.
 */
public record WeekendStats(boolean weekend, long interactions, long days, long rated, double meanRating, double varianceRating,
                           long[] ratingCounts) {

    public double perDay() {
        return days == 0 ? 0 : (double) interactions / days;
    }
}
