package io.duckboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SettingPinsTest {

    @Test
    void an_environment_variable_pins_a_setting_and_the_built_in_defaults_do_not() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("systemEnvironment-test",
                Map.of("DUCKBOARD_DATASETS_S3_BUCKET", "pinned-bucket")));
        environment.getPropertySources().addLast(new MapPropertySource(
                "Config resource 'class path resource [application.properties]' via location 'optional:classpath:/'",
                Map.of("duckboard.datasets.refresh-interval", "1h")));

        SettingPins pins = new SettingPins(environment);

        assertThat(pins.pinnedBy("duckboard.datasets.s3.bucket")).hasValue("an environment variable");
        assertThat(pins.pinnedBy("duckboard.datasets.refresh-interval")).isEmpty();
        assertThat(pins.pinnedBy("duckboard.datasets.s3.region")).isEmpty();
    }
}
