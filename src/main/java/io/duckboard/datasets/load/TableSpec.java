package io.duckboard.datasets.load;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The canonical shape of each table in a snapshot: column names, kinds and DuckDB types. */
record TableSpec(String name, @Nullable String key, List<Column> columns) {

    static final List<String> TABLES = List.of("recipes", "interactions", "users");

    enum Kind {
        /** cast with try_cast; a value that does not cast is an error */
        SCALAR,
        /** a list of text; in CSVs written as a Python list literal {@code ['a', 'b']} */
        TEXT_LIST,
        /** calories and six % daily values; in CSVs a Python list of seven numbers */
        NUTRITION
    }

    record Column(String name, Kind kind, String type, String description) {
    }

    static final String NUTRITION_TYPE = "STRUCT(calories DOUBLE, total_fat DOUBLE, sugar DOUBLE, sodium DOUBLE, "
            + "protein DOUBLE, saturated_fat DOUBLE, carbohydrates DOUBLE)";
    static final List<String> NUTRITION_FIELDS = List.of("calories", "total_fat", "sugar", "sodium", "protein",
            "saturated_fat", "carbohydrates");

    static final TableSpec RECIPES = new TableSpec("recipes", "id", List.of(
            scalar("id", "BIGINT", "a whole number"),
            scalar("name", "VARCHAR", "text"),
            scalar("minutes", "INTEGER", "a whole number of minutes"),
            scalar("contributor_id", "BIGINT", "a whole number"),
            scalar("submitted", "DATE", "a date (YYYY-MM-DD)"),
            new Column("tags", Kind.TEXT_LIST, "VARCHAR[]", "a list of text"),
            new Column("nutrition", Kind.NUTRITION, NUTRITION_TYPE, "seven numbers"),
            scalar("n_steps", "INTEGER", "a whole number"),
            new Column("steps", Kind.TEXT_LIST, "VARCHAR[]", "a list of text"),
            scalar("description", "VARCHAR", "text"),
            new Column("ingredients", Kind.TEXT_LIST, "VARCHAR[]", "a list of text"),
            scalar("n_ingredients", "INTEGER", "a whole number")));

    static final TableSpec INTERACTIONS = new TableSpec("interactions", null, List.of(
            scalar("user_id", "BIGINT", "a whole number"),
            scalar("recipe_id", "BIGINT", "a whole number"),
            scalar("date", "DATE", "a date (YYYY-MM-DD)"),
            scalar("rating", "TINYINT", "a whole number from 0 to 5"),
            scalar("review", "VARCHAR", "text")));

    static final TableSpec USERS = new TableSpec("users", "user_id", List.of(
            scalar("user_id", "BIGINT", "a whole number"),
            scalar("n_interactions", "INTEGER", "a whole number"),
            scalar("n_ratings", "INTEGER", "a whole number"),
            scalar("mean_rating", "DOUBLE", "a number"),
            scalar("first_date", "DATE", "a date (YYYY-MM-DD)"),
            scalar("last_date", "DATE", "a date (YYYY-MM-DD)")));

    static TableSpec of(String table) {
        return switch (table) {
            case "recipes" -> RECIPES;
            case "interactions" -> INTERACTIONS;
            case "users" -> USERS;
            default -> throw new IllegalArgumentException("unknown table " + table);
        };
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    private static Column scalar(String name, String type, String description) {
        return new Column(name, Kind.SCALAR, type, description);
    }
}
