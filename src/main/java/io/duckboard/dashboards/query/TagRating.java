package io.duckboard.dashboards.query;

/** Ratings (1–5) given to recipes with one tag: how many, their mean and sample standard deviation. */
public record TagRating(String tag, long n, double mean, double sd) {
}
