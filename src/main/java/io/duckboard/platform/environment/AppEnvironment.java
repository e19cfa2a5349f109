package io.duckboard.platform.environment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where this instance runs. Detected once at start-up (see {@link EnvironmentDetector}) and
 * available as a bean, shown in the UI badge, in {@code /actuator/info} and in log file names.
 */
public enum AppEnvironment {
    LOCAL, PREPROD, PROD;

    /** Lower-case name used in file names and Spring profiles: {@code local}, {@code preprod}, {@code prod}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isProduction() {
        return this == PROD;
    }

    static Optional<AppEnvironment> parse(String value) {
        return Arrays.stream(values())
                .filter(env -> env.id().equalsIgnoreCase(value.strip()))
                .findFirst();
    }

    static String allowedValues() {
        return Arrays.stream(values()).map(AppEnvironment::id).collect(Collectors.joining(", "));
    }
}
