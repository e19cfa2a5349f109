package io.duckboard.dashboards.query;

import org.jspecify.annotations.Nullable;

/** The Overview's figures for one period. */
public record Kpis(long recipes, long interactions, long activeUsers, @Nullable Double meanRating, @Nullable Double shareOfFives) {
}
