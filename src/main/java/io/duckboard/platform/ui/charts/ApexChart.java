package io.duckboard.platform.ui.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart. Build {@link ChartOptions} in Java, {@link #setOptions set} them once, then
 * {@link #updateSeries update the series} as filters change: the browser animates to the new
 * data without re-creating the chart. The toolbar offers PNG, SVG and CSV downloads.
 */
@Tag("duckboard-apexchart")
@NpmPackage(value = "apexcharts", version = "7.6.1")
@JsModule("./components/duckboard-apexchart.js")
public class ApexChart extends Component implements HasSize {

    static final JsonMapper JSON = ChartJson.MAPPER;

    private ChartOptions options;

    public ApexChart(ChartOptions options) {
        this.options = options;
        setWidthFull();
        addClassName("chart");
    }

    public ChartOptions options() {
        return options;
    }

    public void setOptions(ChartOptions newOptions) {
        this.options = newOptions;
        getElement().callJsFunction("setOptions", JSON.writeValueAsString(newOptions));
    }

    public void updateSeries(List<Series> series) {
        this.options = options.withSeries(series);
        getElement().callJsFunction("updateSeries", JSON.writeValueAsString(series));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().callJsFunction("setOptions", JSON.writeValueAsString(options));
    }
}
