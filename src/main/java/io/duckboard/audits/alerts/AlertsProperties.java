package io.duckboard.audits.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert delivery, bound under {@code duckboard.alerts}.
 *
 * @param attempts     tries per target before the delivery is FAILED
 * @param retryBackoff wait before the second try; doubled for each further one
 * @param appUrl       the address people open Duckboard at (e.g. {@code https://duckboard.example.com});
 *                     when set, every alert links to its run's page
 */
@ConfigurationProperties("duckboard.alerts")
public record AlertsProperties(@DefaultValue("3") int attempts, @DefaultValue("2s") Duration retryBackoff, @Nullable URI appUrl) {

    public AlertsProperties {
        if (appUrl != null && appUrl.toString().isBlank()) {
            appUrl = null;
        }
        if (appUrl != null && !(appUrl.isAbsolute() && appUrl.getScheme().matches("(?i)https?"))) {
            throw new IllegalArgumentException("duckboard.alerts.app-url must be an absolute http(s) address such as "
                    + "https://duckboard.example.com, not '" + appUrl + "'");
        }
    }

    /** The run's page, when the app's address is known. */
    public Optional<String> runUrl(long runId) {
        if (appUrl == null) {
            return Optional.empty();
        }
        String base = appUrl.toString();
        return Optional.of((base.endsWith("/") ? base : base + "/") + "audits/runs/" + runId);
    }
}
