package io.duckboard.platform.ui.charts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/** The one mapper for chart options: leaves out nulls so that ApexCharts keeps its own defaults. */
final class ChartJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ChartJson() {
    }
}
