package io.duckboard.platform.environment;

import java.util.Map;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Exposes the detected environment as a bean and in {@code /actuator/info}. */
@Configuration(proxyBeanMethods = false)
class EnvironmentConfiguration {

    @Bean
    AppEnvironment appEnvironment(Environment environment) {
        return environment.getRequiredProperty(DetectedEnvironmentPostProcessor.PROPERTY, AppEnvironment.class);
    }

    @Bean
    InfoContributor environmentInfoContributor(AppEnvironment appEnvironment) {
        return builder -> builder.withDetail("environment", Map.of("name", appEnvironment.name()));
    }
}
