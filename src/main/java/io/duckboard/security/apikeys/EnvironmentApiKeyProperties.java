package io.duckboard.security.apikeys;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An API key given by the environment for automation, bound under {@code duckboard.api}: the variable
 * {@code DUCKBOARD_API_KEY} sets {@code key}. It is never stored, logged or shown.
 *
 * @param key    empty: no environment key
 * @param scopes what it may do (default: audits)
 */
@ConfigurationProperties("duckboard.api")
public record EnvironmentApiKeyProperties(@Nullable String key, @DefaultValue("audits") Set<ApiScope> scopes) {
}
