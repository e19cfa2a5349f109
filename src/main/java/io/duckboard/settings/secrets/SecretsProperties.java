package io.duckboard.settings.secrets;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param keyFile where the master key lives when {@code DUCKBOARD_MASTER_KEY} is not set */
@ConfigurationProperties("duckboard.secrets")
public record SecretsProperties(@DefaultValue("data/master.key") Path keyFile) {
}
