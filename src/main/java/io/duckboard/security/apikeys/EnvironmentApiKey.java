package io.duckboard.security.apikeys;

import io.duckboard.platform.logging.KnownSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code DUCKBOARD_API_KEY}: a key for scripts and CI that need no database row. Compared in constant
 * time, masked in every log line, refused at start-up when it is too short to be a secret.
 */
@Component
public class EnvironmentApiKey {

    static final int SHORTEST = 24;
    static final String NAME = "environment";

    private final byte @Nullable [] key;
    private final EnumSet<ApiScope> scopes;

    EnvironmentApiKey(EnvironmentApiKeyProperties properties) {
        String value = properties.key() == null ? "" : properties.key().strip();
        if (!value.isEmpty() && value.length() < SHORTEST) {
            throw new IllegalStateException("DUCKBOARD_API_KEY is " + value.length() + " characters long; use at least " + SHORTEST
                    + " random characters (e.g. the output of: openssl rand -hex 24), or unset it.");
        }
        if (!value.isEmpty()) {
            KnownSecrets.register(value);
        }
        this.key = value.isEmpty() ? null : value.getBytes(StandardCharsets.UTF_8);
        this.scopes = properties.scopes().isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(properties.scopes());
    }

    public boolean configured() {
        return key != null;
    }

    Optional<ApiKeyService.Caller> authenticate(String presented) {
        if (key == null || !MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeyService.Caller(NAME, scopes));
    }
}
