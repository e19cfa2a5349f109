package io.duckboard.audits.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alert delivery, bound under {@code duckboard.alerts}.
 *
 * @param attempts     tries per target before the delivery is FAILED
 * @param retryBackoff wait before the second try; doubled for each further one
 */
@ConfigurationProperties("duckboard.alerts")
public record AlertsProperties(@DefaultValue("3") int attempts, @DefaultValue("2s") Duration retryBackoff) {
}
