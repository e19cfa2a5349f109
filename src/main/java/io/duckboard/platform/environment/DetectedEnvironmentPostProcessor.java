package io.duckboard.platform.environment;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Detects the environment before configuration files and logging are read, so that the matching
 * Spring profile ({@code local|preprod|prod}) selects profile-specific settings and log files are
 * named after the environment. Throws — refusing start-up — on an unknown {@code APP_ENV}.
 */
public class DetectedEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "duckboard.environment";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        AppEnvironment detected = EnvironmentDetector.detect(
                environment.getProperty(EnvironmentDetector.VARIABLE), Path.of("").toAbsolutePath());
        environment.getPropertySources().addFirst(
                new MapPropertySource("duckboardEnvironment", Map.of(PROPERTY, detected.name())));
        environment.addActiveProfile(detected.id());
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
