package io.duckboard.platform.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnvironmentDetectorTest {

    private static final Path NEUTRAL = Path.of("/srv/apps/duckboard");

    @ParameterizedTest
    @CsvSource({"local,LOCAL", "PREPROD,PREPROD", "Prod,PROD", "' prod ',PROD"})
    void app_env_is_read_case_insensitively(String value, AppEnvironment expected) {
        assertThat(EnvironmentDetector.detect(value, NEUTRAL)).isEqualTo(expected);
    }

    @Test
    void app_env_wins_over_the_path() {
        assertThat(EnvironmentDetector.detect("local", Path.of("/srv/prod/duckboard"))).isEqualTo(AppEnvironment.LOCAL);
    }

    @ParameterizedTest
    @CsvSource({"/srv/prod/duckboard,PROD", "/srv/preprod/duckboard,PREPROD", "/home/me/PREPROD,PREPROD",
            "/srv/prod/releases/preprod/app,PREPROD"})
    void without_app_env_a_path_segment_decides_nearest_first(String path, AppEnvironment expected) {
        assertThat(EnvironmentDetector.detect(null, Path.of(path))).isEqualTo(expected);
    }

    @Test
    void a_segment_that_only_contains_prod_does_not_count() {
        assertThat(EnvironmentDetector.detect("", Path.of("/srv/production/duckboard-prod"))).isEqualTo(AppEnvironment.LOCAL);
    }

    @Test
    void nothing_set_means_local() {
        assertThat(EnvironmentDetector.detect(null, NEUTRAL)).isEqualTo(AppEnvironment.LOCAL);
        assertThat(EnvironmentDetector.detect("   ", NEUTRAL)).isEqualTo(AppEnvironment.LOCAL);
    }

    @Test
    void an_unknown_value_is_refused_with_the_allowed_values() {
        assertThatThrownBy(() -> EnvironmentDetector.detect("prdo", Path.of("/srv/prod")))
                .isInstanceOf(EnvironmentDetector.UnknownEnvironmentException.class)
                .hasMessageContaining("APP_ENV='prdo'")
                .hasMessageContaining("local, preprod, prod");
    }
}
