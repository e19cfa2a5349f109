package io.duckboard.platform.flags;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long a read value is trusted: with several instances, a change made on one is
 *                 seen by all within this time
 */
@ConfigurationProperties("duckboard.flags-cache")
public record RuntimeFlagsProperties(@DefaultValue("30s") Duration cacheTtl) {
}
