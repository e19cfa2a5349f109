package io.duckboard.dashboards.query;

import io.duckboard.dashboards.DashboardFilters;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause the filters make over {@code interactions i join recipes r}, with its parameters.
 * Nothing the user typed is put into the SQL text: tags travel as one bound string.
 */
record FilterSql(String where, List<Object> parameters) {

    private static final String TAG_SEPARATOR = "\u001f";

    static FilterSql of(DashboardFilters filters) {
        StringBuilder where = new StringBuilder("i.date between ? and ? and i.rating between ? and ?");
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(filters.from()), Date.valueOf(filters.to()),
                filters.minRating(), filters.maxRating()));
        if (!filters.tags().isEmpty()) {
            where.append(" and list_has_any(r.tags, string_split(?, '").append(TAG_SEPARATOR).append("'))");
            parameters.add(String.join(TAG_SEPARATOR, filters.tags()));
        }
        if (filters.minInteractions() > 0) {
            where.append(" and i.recipe_id in (select recipe_id from recipe_stats where interactions >= ?)");
            parameters.add(filters.minInteractions());
        }
        return new FilterSql(where.toString(), parameters);
    }

    Object[] parametersArray() {
        return parameters.toArray();
    }
}
