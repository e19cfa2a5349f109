package io.duckboard.dashboards.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the recipe page shows about one recipe. */
public record RecipeDetail(long id, String name, int minutes, long contributorId, LocalDate submitted, List<String> tags,
                           Map<String, Double> nutrition, int steps, String description, List<String> ingredients) {
}
