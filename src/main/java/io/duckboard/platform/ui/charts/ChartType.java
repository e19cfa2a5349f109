package io.duckboard.platform.ui.charts;

import com.fasterxml.jackson.annotation.JsonValue;

/** The chart types we use; the value is ApexCharts' name. */
public enum ChartType {
    LINE("line"), AREA("area"), BAR("bar"), HEATMAP("heatmap"), PIE("pie"), DONUT("donut"),
    SCATTER("scatter"), BOX_PLOT("boxPlot"), RANGE_AREA("rangeArea");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    @JsonValue
    public String apexName() {
        return apexName;
    }
}
