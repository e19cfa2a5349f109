package io.duckboard.platform.ui.charts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One series: a name and its points. {@code type} mixes types in one chart (e.g. columns with a
 * line); {@code group} stacks bars.
 */
public record Series(String name, List<Point> data, @Nullable ChartType type, @Nullable String group) {

    public static Series of(String name, List<Point> data) {
        return new Series(name, data, null, null);
    }

    public Series as(ChartType chartType) {
        return new Series(name, data, chartType, group);
    }

    /**
     * A point: {@code x} is a category, a number or epoch milliseconds (datetime axes); {@code y} a number,
     * or a list for ranges ({@code [low, high]}) and box plots ({@code [min, q1, median, q3, max]}).
     */
    public record Point(Object x, @Nullable Object y) {

        public static Point of(Object x, @Nullable Number y) {
            return new Point(x, y);
        }

        public static Point range(Object x, double low, double high) {
            return new Point(x, List.of(low, high));
        }

        public static Point box(Object x, double min, double q1, double median, double q3, double max) {
            return new Point(x, List.of(min, q1, median, q3, max));
        }
    }
}
