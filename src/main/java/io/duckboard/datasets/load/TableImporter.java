package io.duckboard.datasets.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a source view into a typed table: every required column present, every value of the
 * right type, keys present and unique, at least one row. Any breach stops the load with a message
 * naming the table, the column and an example value.
 */
final class TableImporter {

    private final Connection connection;
    private final String origin;

    /** @param origin how the user knows the source of this table, e.g. {@code recipes/*.parquet} */
    TableImporter(Connection connection, String origin) {
        this.connection = connection;
        this.origin = origin;
    }

    long importTable(TableSpec spec, String orderBy) throws SQLException {
        Map<String, String> sourceTypes = describe("src_" + spec.name());
        List<String> selects = new ArrayList<>();
        for (TableSpec.Column column : spec.columns()) {
            String sourceType = sourceTypes.get(column.name().toLowerCase(Locale.ROOT));
            if (sourceType == null) {
                throw new DatasetLoadException("%s (%s): column '%s' is missing. Found: %s."
                        .formatted(spec.name(), origin, column.name(), String.join(", ", sourceTypes.keySet())));
            }
            selects.add(expression(spec, column, sourceType) + " as " + quote(column.name()));
        }
        checkScalarValues(spec, sourceTypes);
        execute("create table " + spec.name() + " as select " + String.join(", ", selects)
                + " from src_" + spec.name() + (orderBy.isEmpty() ? "" : " order by " + orderBy));
        long rows = count(spec.name());
        if (rows == 0) {
            throw new DatasetLoadException(spec.name() + " (" + origin + ") has no rows.");
        }
        if (spec.key() != null) {
            checkKey(spec);
        }
        return rows;
    }

    private String expression(TableSpec spec, TableSpec.Column column, String sourceType) {
        String name = quote(column.name());
        boolean text = sourceType.equals("VARCHAR");
        boolean list = sourceType.endsWith("[]");
        return switch (column.kind()) {
            case SCALAR -> {
                if (list || sourceType.startsWith("STRUCT") || sourceType.startsWith("MAP")) {
                    throw wrongType(spec, column, sourceType);
                }
                yield "try_cast(" + name + " as " + column.type() + ")";
            }
            case TEXT_LIST -> {
                if (list) {
                    yield "cast(" + name + " as VARCHAR[])";
                }
                if (text) {
                    yield "py_list(" + name + ")";
                }
                throw wrongType(spec, column, sourceType);
            }
            case NUTRITION -> nutrition(spec, column, name, sourceType);
        };
    }

    private String nutrition(TableSpec spec, TableSpec.Column column, String name, String sourceType) {
        String lower = sourceType.toLowerCase(Locale.ROOT);
        if (lower.startsWith("struct") && TableSpec.NUTRITION_FIELDS.stream().allMatch(lower::contains)) {
            return "struct_pack(" + TableSpec.NUTRITION_FIELDS.stream()
                    .map(f -> f + " := try_cast(" + name + "." + f + " as DOUBLE)")
                    .collect(Collectors.joining(", ")) + ")";
        }
        String numbers;
        if (sourceType.endsWith("[]")) {
            numbers = name;
        } else if (sourceType.equals("VARCHAR")) {
            numbers = "list_transform(string_split(trim(" + name + ", '[] '), ','), x -> try_cast(trim(x) as DOUBLE))";
        } else {
            throw wrongType(spec, column, sourceType);
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < TableSpec.NUTRITION_FIELDS.size(); i++) {
            fields.add(TableSpec.NUTRITION_FIELDS.get(i) + " := try_cast((" + numbers + ")[" + (i + 1) + "] as DOUBLE)");
        }
        return "struct_pack(" + String.join(", ", fields) + ")";
    }

    /** One scan finds, for every scalar column, how many values do not convert, and one example. */
    private void checkScalarValues(TableSpec spec, Map<String, String> sourceTypes) throws SQLException {
        List<TableSpec.Column> scalars = spec.columns().stream()
                .filter(c -> c.kind() == TableSpec.Kind.SCALAR && !c.type().equals("VARCHAR"))
                .filter(c -> !convertsLosslessly(sourceTypes.get(c.name()), c.type()))
                .toList();
        if (scalars.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("select ");
        for (TableSpec.Column column : scalars) {
            String name = quote(column.name());
            String bad = name + " is not null and try_cast(" + name + " as " + column.type() + ") is null";
            sql.append("count(*) filter (where ").append(bad).append("), ")
               .append("min(").append(name).append("::varchar) filter (where ").append(bad).append("), ");
        }
        sql.append("count(*) from src_").append(spec.name());
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            for (int i = 0; i < scalars.size(); i++) {
                long bad = row.getLong(2 * i + 1);
                if (bad > 0) {
                    TableSpec.Column column = scalars.get(i);
                    throw new DatasetLoadException("%s.%s (%s): %,d value(s) are not %s, e.g. '%s' (the column holds %s)."
                            .formatted(spec.name(), column.name(), origin, bad, column.description(),
                                    row.getString(2 * i + 2), sourceTypes.get(column.name())));
                }
            }
        }
    }

    private void checkKey(TableSpec spec) throws SQLException {
        String key = quote(spec.key());
        String sql = """
                select count(*) filter (where %1$s is null),
                       count(%1$s) - count(distinct %1$s),
                       (select %1$s from %2$s where %1$s is not null group by %1$s having count(*) > 1 order by count(*) desc, %1$s limit 1),
                       (select count(*) from %2$s where %1$s is not null group by %1$s having count(*) > 1 order by count(*) desc, %1$s limit 1)
                from %2$s""".formatted(key, spec.name());
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            if (row.getLong(1) > 0) {
                throw new DatasetLoadException("%s (%s): %,d row(s) have no %s (or one that is not %s)."
                        .formatted(spec.name(), origin, row.getLong(1), spec.key(),
                                spec.column(spec.key()).orElseThrow().description()));
            }
            if (row.getLong(2) > 0) {
                throw new DatasetLoadException("%s (%s): %,d duplicate %s value(s), e.g. %s appears %d times. Each %s must be unique."
                        .formatted(spec.name(), origin, row.getLong(2), spec.key(), row.getString(3), row.getLong(4), spec.key()));
            }
        }
    }

    /** A source column of this type can never fail the cast, so scanning its values is skipped. */
    static boolean convertsLosslessly(String sourceType, String targetType) {
        List<String> integers = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");
        if (sourceType.equals(targetType)) {
            return true;
        }
        int from = integers.indexOf(sourceType);
        int to = integers.indexOf(targetType);
        if (from >= 0 && to >= 0) {
            return from <= to;
        }
        return targetType.equals("DOUBLE") && (from >= 0 || sourceType.equals("FLOAT"));
    }

    private Map<String, String> describe(String view) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select column_name, column_type from (describe " + view + ")")) {
            while (rows.next()) {
                types.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
            }
        }
        return types;
    }

    private DatasetLoadException wrongType(TableSpec spec, TableSpec.Column column, String sourceType) {
        return new DatasetLoadException("%s.%s (%s) has type %s, but it must be %s."
                .formatted(spec.name(), column.name(), origin, sourceType, column.description()));
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Identifiers come from {@link TableSpec}, never from input; quoting keeps names like "date" safe. */
    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
