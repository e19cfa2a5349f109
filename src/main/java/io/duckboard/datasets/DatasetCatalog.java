package io.duckboard.datasets;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.duckdb.DuckDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Describes the serving snapshot's tables and reads pages of them for the preview grid. */
final class DatasetCatalog {

    private static final List<String> ORDER = List.of("recipes", "interactions", "users",
            "recipe_stats", "interactions_daily", "interactions_monthly", "recipe_tags");

    private final DuckDb duckDb;

    DatasetCatalog(DuckDb duckDb) {
        this.duckDb = duckDb;
    }

    List<TableInfo> tables(DatasetLoadView serving) {
        Map<String, List<TableInfo.ColumnInfo>> columns = new LinkedHashMap<>();
        duckDb.query("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = 'main' and table_name <> 'snapshot_info'
                order by table_name, ordinal_position""", row -> {
            columns.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                    .add(new TableInfo.ColumnInfo(row.getString(2), row.getString(3)));
            return null;
        });
        List<TableInfo> tables = new ArrayList<>();
        columns.forEach((name, cols) -> tables.add(new TableInfo(name, serving.rowCounts().getOrDefault(name, -1L), cols)));
        tables.sort((a, b) -> Integer.compare(rank(a.name()), rank(b.name())));
        return tables;
    }

    List<List<String>> preview(List<TableInfo> tables, String table, int offset, int limit) {
        TableInfo info = tables.stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new UserFacingException("There is no table '" + table + "' in the current snapshot."));
        int width = info.columns().size();
        // the table name was matched against the catalog above, so quoting it here is safe
        return duckDb.query("select * from \"" + info.name() + "\" limit ? offset ?", row -> {
            List<String> values = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                values.add(row.getString(i));
            }
            return values;
        }, Math.max(0, limit), Math.max(0, offset));
    }

    private static int rank(String table) {
        int index = ORDER.indexOf(table);
        return index < 0 ? ORDER.size() : index;
    }
}
