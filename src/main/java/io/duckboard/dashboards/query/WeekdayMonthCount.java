package io.duckboard.dashboards.query;

/** Interactions on one weekday (1 = Monday … 7 = Sunday) of one month of the year (1–12), and on how many such days. */
public record WeekdayMonthCount(int weekday, int month, long interactions, long days) {
}
