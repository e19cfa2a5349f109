package io.duckboard.dashboards.query;

import java.util.Map;

/** Grid columns a user may sort by, mapped to SQL expressions we own: sort keys never reach SQL as text. */
public final class SortColumn {

    static final Map<String, String> RECIPES = Map.of("name", "r.name", "interactions", "s.n", "ratings", "s.rated",
            "mean", "mean", "bayes", "bayes");
    static final Map<String, String> CONTRIBUTORS = Map.of("contributor", "r.contributor_id", "recipes", "recipes",
            "interactions", "interactions", "mean", "mean");

    private SortColumn() {
    }

    static String orderBy(Map<String, String> allowed, String key, boolean descending, String fallback) {
        String column = allowed.getOrDefault(key, fallback);
        return column + (descending ? " desc nulls last" : " asc nulls last");
    }
}
