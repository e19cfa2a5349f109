package io.duckboard.platform.environment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The seed rule our first users relied on: {@code APP_ENV} wins; else a {@code preprod} or
 * {@code prod} segment in the working directory's path; else LOCAL. An unknown {@code APP_ENV}
 * is an error, never a silent LOCAL: a typo must not run production as a local instance.
 */
public final class EnvironmentDetector {

    public static final String VARIABLE = "APP_ENV";

    private EnvironmentDetector() {
    }

    public static AppEnvironment detect(@Nullable String appEnv, Path workingDirectory) {
        if (appEnv != null && !appEnv.isBlank()) {
            return AppEnvironment.parse(appEnv).orElseThrow(() -> new UnknownEnvironmentException(appEnv));
        }
        return fromPath(workingDirectory).orElse(AppEnvironment.LOCAL);
    }

    private static Optional<AppEnvironment> fromPath(Path workingDirectory) {
        // The segment nearest to the working directory decides: /srv/prod/duckboard-preprod/… is not prod.
        var segments = StreamSupport.stream(workingDirectory.toAbsolutePath().normalize().spliterator(), false)
                .map(Path::toString)
                .toList();
        for (int i = segments.size() - 1; i >= 0; i--) {
            String segment = segments.get(i);
            if (segment.equalsIgnoreCase("preprod")) {
                return Optional.of(AppEnvironment.PREPROD);
            }
            if (segment.equalsIgnoreCase("prod")) {
                return Optional.of(AppEnvironment.PROD);
            }
        }
        return Optional.empty();
    }

    /** Start-up is refused with this message; it names the allowed values. */
    public static final class UnknownEnvironmentException extends IllegalStateException {
        public UnknownEnvironmentException(String value) {
            super("%s='%s' is not a known environment. Allowed values (case-insensitive): %s. "
                    .formatted(VARIABLE, value.strip(), AppEnvironment.allowedValues())
                    + "Fix the variable, or unset it to detect the environment from the working directory.");
        }
    }
}
