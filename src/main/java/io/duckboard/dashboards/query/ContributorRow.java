package io.duckboard.dashboards.query;

import org.jspecify.annotations.Nullable;

/** A contributor in the leaderboard: recipes with interactions in the selection, interactions, mean rating. */
public record ContributorRow(long contributorId, long recipes, long interactions, @Nullable Double meanRating) {
}
