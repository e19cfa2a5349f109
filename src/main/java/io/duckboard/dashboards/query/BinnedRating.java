package io.duckboard.dashboards.query;

/** The mean rating of recipes in one bin of a recipe property (e.g. 31–60 minutes). */
public record BinnedRating(String bin, long n, double mean) {
}
