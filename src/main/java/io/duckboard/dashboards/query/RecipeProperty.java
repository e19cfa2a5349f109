package io.duckboard.dashboards.query;

import java.util.List;

/**
 * A recipe property ratings are compared with, its bins (upper bounds, inclusive) and the expression
 * correlated with the rating (minutes on a log scale: they span from 1 to thousands).
 */
public enum RecipeProperty {
    MINUTES("minutes", "r.minutes", "ln(greatest(r.minutes, 1))", List.of(15, 30, 60, 120, 240), "min"),
    STEPS("number of steps", "r.n_steps", "r.n_steps", List.of(3, 6, 9, 12, 15), "steps"),
    INGREDIENTS("number of ingredients", "r.n_ingredients", "r.n_ingredients", List.of(4, 7, 10, 13), "ingredients");

    private final String label;
    private final String column;
    private final String correlated;
    private final List<Integer> upperBounds;
    private final String unit;

    RecipeProperty(String label, String column, String correlated, List<Integer> upperBounds, String unit) {
        this.label = label;
        this.column = column;
        this.correlated = correlated;
        this.upperBounds = upperBounds;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    String correlated() {
        return correlated;
    }

    /** {@code case when r.minutes <= 15 then '≤ 15 min' …}: built from our constants, no user input. */
    String binExpression() {
        StringBuilder sql = new StringBuilder("case");
        int lower = 0;
        for (int i = 0; i < upperBounds.size(); i++) {
            int upper = upperBounds.get(i);
            sql.append(" when ").append(column).append(" <= ").append(upper).append(" then '")
               .append(String.format("%02d", i)).append(' ').append(lower == 0 ? "≤ " + upper : (lower + 1) + "–" + upper)
               .append(' ').append(unit).append('\'');
            lower = upper;
        }
        return sql.append(" else '").append(String.format("%02d", upperBounds.size())).append(" > ").append(lower).append(' ')
                .append(unit).append("' end").toString();
    }
}
