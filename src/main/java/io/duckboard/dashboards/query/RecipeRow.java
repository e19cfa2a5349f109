package io.duckboard.dashboards.query;

import org.jspecify.annotations.Nullable;

/** A recipe in the grids: interactions in the selection, ratings given, mean and Bayesian average rating. */
public record RecipeRow(long id, String name, long interactions, long ratings, @Nullable Double meanRating, double bayesianRating) {
}
