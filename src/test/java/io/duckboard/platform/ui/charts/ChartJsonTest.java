package io.duckboard.platform.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON ApexCharts receives: what we set is there under ApexCharts' names, what we did not set is left out. */
class ChartJsonTest {

    private static JsonNode json(Object value) {
        return ChartJson.MAPPER.readTree(ChartJson.MAPPER.writeValueAsString(value));
    }

    @Test
    void options_carry_type_axes_toolbar_downloads_and_the_palette() {
        ChartOptions options = ChartOptions.of(ChartType.LINE, "320").withXAxis(ChartOptions.Axis.datetime())
                .withYAxes(ChartOptions.Axis.values("Interactions", 0).forSeries("Interactions"),
                        ChartOptions.Axis.values("Mean rating", 2).forSeries("Mean rating").onTheRight().range(0.0, 5.0))
                .withDownloadName("duckboard-chart-monthly");

        JsonNode json = json(options);

        assertThat(json.at("/chart/type").asString()).isEqualTo("line");
        assertThat(json.at("/chart/toolbar/tools/download").asBoolean()).isTrue();
        for (String format : List.of("png", "svg", "csv")) {
            assertThat(json.at("/chart/toolbar/export/" + format + "/filename").asString()).isEqualTo("duckboard-chart-monthly");
        }
        assertThat(json.at("/xaxis/type").asString()).isEqualTo("datetime");
        assertThat(json.at("/yaxis/1/opposite").asBoolean()).isTrue();
        assertThat(json.at("/yaxis/1/max").asDouble()).isEqualTo(5.0);
        assertThat(json.at("/yaxis/0").has("max")).as("nulls are left out: ApexCharts keeps its defaults").isFalse();
        assertThat(json.at("/colors/0").asString()).isEqualTo(KitchenPalette.TOMATO.hex());
    }

    @Test
    void a_missing_value_is_sent_as_null_so_that_a_line_has_a_gap_and_a_heatmap_keeps_its_cells() {
        JsonNode json = json(List.of(Series.of("Moving average", List.of(Series.Point.of(1L, null), Series.Point.of(2L, 3.5)))));

        JsonNode first = json.at("/0/data/0");
        assertThat(first.has("y")).isTrue();
        assertThat(first.get("y").isNull()).isTrue();
        assertThat(json.at("/0/data/1/y").asDouble()).isEqualTo(3.5);
        assertThat(first.has("goals")).isFalse();
    }

    @Test
    void annotation_labels_are_readable_on_both_themes() {
        JsonNode json = json(ChartOptions.Annotations.none().horizontalLine(100, "average"));

        assertThat(json.at("/yaxis/0/label/text").asString()).isEqualTo("average");
        assertThat(json.at("/yaxis/0/label/style/background").asString()).isEqualTo(KitchenPalette.SAFFRON.hex());
        assertThat(json.at("/yaxis/0/label/style/color").asString()).isEqualTo(KitchenPalette.ESPRESSO.hex());
    }
}
