package io.duckboard.datasets;

import org.springframework.stereotype.Component;

/** The source exactly as configured by properties; replaced by the settings feature's {@code @Primary} bean. */
@Component
class PropertiesSourceSettings implements DatasetSourceSettings {

    private final DatasetsProperties properties;

    PropertiesSourceSettings(DatasetsProperties properties) {
        this.properties = properties;
    }

    @Override
    public DatasetsProperties effective() {
        return properties;
    }
}
