package io.duckboard.audits.builtin;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a result row into a sample: column → number, boolean or short text. */
final class Samples {

    private static final int MAX_TEXT = 160;

    private Samples() {
    }

    static Map<String, Object> row(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> sample = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            sample.put(meta.getColumnLabel(i), value(row.getObject(i)));
        }
        return sample;
    }

    static Object value(Object value) throws SQLException {
        if (value == null) {
            return "∅";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value instanceof java.sql.Array array ? java.util.Arrays.deepToString((Object[]) array.getArray()) : value.toString();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
