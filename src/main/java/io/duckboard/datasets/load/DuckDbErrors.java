package io.duckboard.datasets.load;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DuckDB's error texts, cut down to what a person needs. */
final class DuckDbErrors {

    private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
    private static final Pattern ORIGINAL = Pattern.compile("Original Line: (.*)");
    private static final Pattern EXPECTED = Pattern.compile("(Expected Number of Columns: \\d+ Found: \\d+)");

    private DuckDbErrors() {
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        for (String line : message.split("\n")) {
            String trimmed = line.replace("Invalid Input Error: Attempting to execute an unsuccessful or closed pending query result", "").strip();
            if (!trimmed.isEmpty()) {
                return trimmed.replaceFirst("^(Invalid Input Error|IO Error|Conversion Error|Binder Error): ", "");
            }
        }
        return message;
    }

    /** A CSV parse error as {@code line 4: Expected Number of Columns: 5 Found: 3 (5,6,2005-01-01)}, if it is one. */
    static String csvProblem(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher line = CSV_LINE.matcher(message);
        if (!line.find()) {
            return null;
        }
        Matcher expected = EXPECTED.matcher(message);
        Matcher original = ORIGINAL.matcher(message);
        String what = expected.find() ? expected.group(1) : "the line does not follow the CSV format";
        String text = original.find() ? " (" + abbreviate(original.group(1)) + ")" : "";
        return "line " + line.group(1) + ": " + what + text;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
