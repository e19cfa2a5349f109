package io.duckboard.settings;

import java.util.Optional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Which settings are pinned by the environment. A property given anywhere but the application's own
 * built-in {@code application.properties} — an environment variable, a system property, a command-line
 * argument, an external config file — wins over the UI and shows there read-only (DD-006).
 */
@Component
public class SettingPins {

    private final ConfigurableEnvironment environment;

    SettingPins(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    /** The name of the place that pins {@code property}, if one does. */
    public Optional<String> pinnedBy(String property) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (isBuiltIn(source)) {
                continue;
            }
            if (source.containsProperty(property)) {
                return Optional.of(describe(source));
            }
        }
        return Optional.empty();
    }

    private static boolean isBuiltIn(PropertySource<?> source) {
        String name = source.getName();
        return name.equals("configurationProperties") || name.equals("duckboardEnvironment")
                || (name.contains("application") && name.contains("classpath:/"))
                || name.contains("random");
    }

    private static String describe(PropertySource<?> source) {
        String name = source.getName();
        if (name.contains("systemEnvironment")) {
            return "an environment variable";
        }
        if (name.contains("systemProperties")) {
            return "a system property";
        }
        if (name.contains("commandLineArgs")) {
            return "a command-line argument";
        }
        return name;
    }
}
