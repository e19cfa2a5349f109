package io.duckboard.platform.ui.charts;

import com.fasterxml.jackson.annotation.JsonInclude;
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
     * {@code goals} are marks drawn across a bar at other values (its interval's ends, a target).
     * A missing {@code y} is sent as {@code null} (a gap in a line), never left out: ApexCharts reads
     * a point without {@code y} as a broken one.
     */
    public record Point(Object x, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Object y, @Nullable List<Goal> goals) {

        public Point(Object x, @Nullable Object y) {
            this(x, y, null);
        }

        public static Point of(Object x, @Nullable Number y) {
            return new Point(x, y);
        }

        public static Point range(Object x, double low, double high) {
            return new Point(x, List.of(low, high));
        }

        public static Point box(Object x, double min, double q1, double median, double q3, double max) {
            return new Point(x, List.of(min, q1, median, q3, max));
        }

        /** A bar with its interval marked at both ends, like error bars (the tooltip names both ends). */
        public static Point withInterval(Object x, double y, String intervalName, double low, double high) {
            return new Point(x, y, List.of(Goal.mark(intervalName + " low", low), Goal.mark(intervalName + " high", high)));
        }
    }

    /** ApexCharts' bar "goal": a short line across the bar at {@code value}. */
    public record Goal(String name, double value, int strokeWidth, int strokeHeight, String strokeColor) {

        /** Saffron: it stands out on the bars and on both themes' backgrounds (espresso vanished on the dark one). */
        static Goal mark(String name, double value) {
            return new Goal(name, value, 3, 14, KitchenPalette.SAFFRON.hex());
        }
    }
}
