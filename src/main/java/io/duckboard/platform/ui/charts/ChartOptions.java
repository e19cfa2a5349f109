package io.duckboard.platform.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ApexCharts options we use, typed. Build with the factories and {@code with…} methods;
 * serialised to JSON by Jackson (never by string concatenation), nulls left out.
 */
public record ChartOptions(
        Chart chart,
        List<Series> series,
        @Nullable Axis xaxis,
        @Nullable List<Axis> yaxis,
        List<String> colors,
        @Nullable Stroke stroke,
        @Nullable Toggle dataLabels,
        @Nullable Annotations annotations,
        @Nullable Tooltip tooltip,
        @Nullable Map<String, Object> plotOptions,
        @Nullable List<String> labels,
        @Nullable Title title) {

    public static ChartOptions of(ChartType type, String height) {
        return new ChartOptions(Chart.of(type, height), List.of(), null, null, KitchenPalette.colors(), null,
                new Toggle(false), null, null, null, null, null);
    }

    public ChartOptions withSeries(List<Series> newSeries) {
        return new ChartOptions(chart, newSeries, xaxis, yaxis, colors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withXAxis(Axis axis) {
        return new ChartOptions(chart, series, axis, yaxis, colors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withYAxes(Axis... axes) {
        return new ChartOptions(chart, series, xaxis, List.of(axes), colors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withStroke(Stroke newStroke) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, newStroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withDataLabels(boolean enabled) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, new Toggle(enabled), annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withAnnotations(Annotations newAnnotations) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, dataLabels, newAnnotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withTooltip(Tooltip newTooltip) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, dataLabels, annotations, newTooltip, plotOptions, labels, title);
    }

    public ChartOptions withPlotOptions(Map<String, Object> newPlotOptions) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, dataLabels, annotations, tooltip, newPlotOptions, labels, title);
    }

    /** Bars drawn sideways: categories down the y axis (long names stay readable), values along x. */
    public ChartOptions horizontal() {
        return withPlotOptions(Map.of("bar", Map.of("horizontal", true)));
    }

    /** Slice names of pie and donut charts. */
    public ChartOptions withLabels(List<String> newLabels) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, dataLabels, annotations, tooltip, plotOptions, newLabels, title);
    }

    public ChartOptions withColors(List<String> newColors) {
        return new ChartOptions(chart, series, xaxis, yaxis, newColors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    public ChartOptions withTitle(String text) {
        return new ChartOptions(chart, series, xaxis, yaxis, colors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, new Title(text));
    }

    public ChartOptions stacked() {
        return new ChartOptions(chart.asStacked(), series, xaxis, yaxis, colors, stroke, dataLabels, annotations, tooltip, plotOptions, labels, title);
    }

    /** The files the toolbar's downloads are saved as: {@code name.png}, {@code name.svg}, {@code name.csv}. */
    public ChartOptions withDownloadName(String name) {
        return new ChartOptions(chart.withToolbar(chart.toolbar().named(name)), series, xaxis, yaxis, colors, stroke, dataLabels,
                annotations, tooltip, plotOptions, labels, title);
    }

    /** {@code chart}: type, size, toolbar with PNG/SVG/CSV download, zoom and pan. */
    public record Chart(ChartType type, String height, @Nullable Boolean stacked, Toolbar toolbar, Toggle zoom,
                        Map<String, Object> animations) {

        static Chart of(ChartType type, String height) {
            return new Chart(type, height, null, Toolbar.DOWNLOADS, new Toggle(true), Map.of("speed", 300));
        }

        Chart asStacked() {
            return new Chart(type, height, true, toolbar, zoom, animations);
        }

        Chart withToolbar(Toolbar newToolbar) {
            return new Chart(type, height, stacked, newToolbar, zoom, animations);
        }
    }

    /** The toolbar; {@code export} names the downloaded files (ApexCharts' default is a random name). */
    public record Toolbar(boolean show, Map<String, Object> tools, @Nullable Map<String, Object> export) {
        static final Toolbar DOWNLOADS = new Toolbar(true, Map.of("download", true, "zoom", true, "zoomin", true,
                "zoomout", true, "pan", true, "reset", true, "selection", true), null);

        Toolbar named(String name) {
            return new Toolbar(show, tools, Map.of("png", Map.of("filename", name), "svg", Map.of("filename", name),
                    "csv", Map.of("filename", name)));
        }
    }

    public record Toggle(boolean enabled) {
    }

    public record Title(String text) {
    }

    /** An axis: {@code type} datetime / category / numeric; {@code seriesName} ties a y axis to a series (dual y). */
    public record Axis(@Nullable String type, @Nullable String seriesName, @Nullable Boolean opposite,
                       @Nullable Title title, @Nullable Double min, @Nullable Double max, @Nullable Integer decimalsInFloat,
                       @Nullable List<String> categories, @Nullable Integer tickAmount) {

        public static Axis datetime() {
            return new Axis("datetime", null, null, null, null, null, null, null, null);
        }

        public static Axis category(List<String> categories) {
            return new Axis("category", null, null, null, null, null, null, categories, null);
        }

        public static Axis numeric(String titleText) {
            return new Axis("numeric", null, null, new Title(titleText), null, null, null, null, null);
        }

        public static Axis values(String titleText, int decimals) {
            return new Axis(null, null, null, new Title(titleText), null, null, decimals, null, null);
        }

        public Axis forSeries(String name) {
            return new Axis(type, name, opposite, title, min, max, decimalsInFloat, categories, tickAmount);
        }

        public Axis onTheRight() {
            return new Axis(type, seriesName, true, title, min, max, decimalsInFloat, categories, tickAmount);
        }

        public Axis range(@Nullable Double low, @Nullable Double high) {
            return new Axis(type, seriesName, opposite, title, low, high, decimalsInFloat, categories, tickAmount);
        }
    }

    public record Stroke(String curve, List<Integer> width, @Nullable List<Integer> dashArray) {
        public static Stroke smooth(Integer... widths) {
            return new Stroke("smooth", List.of(widths), null);
        }

        public Stroke dashed(Integer... dashes) {
            return new Stroke(curve, width, List.of(dashes));
        }
    }

    public record Tooltip(boolean shared, boolean intersect, @Nullable Map<String, Object> x) {
        public static Tooltip shared(String dateFormat) {
            return new Tooltip(true, false, Map.of("format", dateFormat));
        }
    }

    /** Lines, bands and points drawn over a chart. */
    public record Annotations(List<Map<String, Object>> yaxis, List<Map<String, Object>> xaxis, List<Map<String, Object>> points) {

        public static Annotations none() {
            return new Annotations(List.of(), List.of(), List.of());
        }

        public Annotations horizontalLine(double y, String label) {
            List<Map<String, Object>> lines = new ArrayList<>(yaxis);
            lines.add(Map.of("y", y, "borderColor", KitchenPalette.ESPRESSO.hex(), "strokeDashArray", 4,
                    "label", readableLabel(label)));
            return new Annotations(lines, xaxis, points);
        }

        public Annotations band(Object fromX, Object toX, String label) {
            List<Map<String, Object>> bands = new ArrayList<>(xaxis);
            bands.add(Map.of("x", fromX, "x2", toX, "fillColor", KitchenPalette.SAFFRON.hex(), "opacity", 0.12,
                    "label", readableLabel(label)));
            return new Annotations(yaxis, bands, points);
        }

        public Annotations point(Object x, double y, String label) {
            List<Map<String, Object>> marks = new ArrayList<>(points);
            marks.add(Map.of("x", x, "y", y, "marker", Map.of("size", 5), "label", readableLabel(label)));
            return new Annotations(yaxis, xaxis, marks);
        }

        /** Dark text on saffron: readable on the light and the dark theme (ApexCharts' default is a white box). */
        private static Map<String, Object> readableLabel(String text) {
            return Map.of("text", text, "borderColor", KitchenPalette.SAFFRON.hex(),
                    "style", Map.of("background", KitchenPalette.SAFFRON.hex(), "color", KitchenPalette.ESPRESSO.hex()));
        }
    }
}
