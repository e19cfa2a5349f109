package io.duckboard.platform.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The post-processor runs inside a real Spring start-up, before configuration and logging. */
class EnvironmentStartupTest {

    @Test
    void app_env_prod_gives_the_prod_bean_profile_and_info() {
        try (var app = start("--APP_ENV=PROD")) {
            assertThat(app.getBean(AppEnvironment.class)).isEqualTo(AppEnvironment.PROD);
            assertThat(app.getEnvironment().getActiveProfiles()).contains("prod");
            Info.Builder info = new Info.Builder();
            app.getBean("environmentInfoContributor", InfoContributor.class).contribute(info);
            assertThat(info.build().getDetails()).containsEntry("environment", Map.of("name", "PROD"));
        }
    }

    @Test
    void a_typo_in_app_env_refuses_to_start() {
        assertThatThrownBy(() -> start("--APP_ENV=prdo"))
                .isInstanceOf(EnvironmentDetector.UnknownEnvironmentException.class)
                .hasMessageContaining("Allowed values (case-insensitive): local, preprod, prod");
    }

    @Test
    void the_failure_report_says_what_to_set() {
        var analysis = new UnknownEnvironmentFailureAnalyzer()
                .analyze(new EnvironmentDetector.UnknownEnvironmentException("prdo"));
        assertThat(analysis.getDescription()).contains("'prdo'");
        assertThat(analysis.getAction()).contains("local, preprod, prod");
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(EnvironmentConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties("duckboard.logs-dir=target/test-logs/env")
                .run(args);
    }
}
