package io.duckboard.security.apikeys;

import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.security.repository.ApiKey;
import io.duckboard.security.repository.ApiKeyRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys look like {@code dbk_<prefix>_<secret>}: the prefix finds the row, and the SHA-256 of the
 * whole key must match. A fast hash is right here because a key has 190 random bits (a password
 * needs bcrypt because people choose guessable ones).
 */
@Service
public class ApiKeyService {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final ChangeLog changes;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, ChangeLog changes, Clock clock) {
        this.keys = keys;
        this.changes = changes;
        this.clock = clock;
    }

    /** A key's full text, returned only here, once. */
    public record CreatedKey(ApiKeyView key, String secret) {
    }

    /** An authenticated key: its name and scopes. */
    public record Caller(String name, Set<ApiScope> scopes) {
    }

    @Transactional
    public CreatedKey create(String name, Set<ApiScope> scopes) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new UserFacingException("Give the key a name of 1 to 100 characters, e.g. 'prometheus' or 'shop-site'.");
        }
        if (scopes.isEmpty()) {
            throw new UserFacingException("Give the key at least one scope.");
        }
        String prefix = random(10);
        String secret = "dbk_" + prefix + "_" + random(32);
        Set<String> scopeIds = scopes.stream().map(ApiScope::id).collect(Collectors.toSet());
        ApiKey key = keys.save(new ApiKey(name.strip(), prefix, sha256(secret), scopeIds, clock.instant(), ChangeLog.currentActor()));
        changes.record("API_KEY", name.strip() + " (" + prefix + ")", "created", null, "scopes " + String.join(",", key.scopes()));
        return new CreatedKey(view(key), secret);
    }

    @Transactional
    public void revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new UserFacingException("That API key no longer exists."));
        if (key.revokedAt() == null) {
            key.revoke(clock.instant());
            changes.record("API_KEY", key.name() + " (" + key.prefix() + ")", "revoked", "active", "revoked");
        }
    }

    @Transactional(readOnly = true)
    public List<ApiKeyView> list() {
        return keys.findAllByOrderByCreatedAtDesc().stream().map(ApiKeyService::view).toList();
    }

    /** The caller behind a presented key, if it is a known, unrevoked key; records its use. */
    @Transactional
    public Optional<Caller> authenticate(String presented) {
        String[] parts = presented.split("_", 3);
        if (parts.length != 3 || !parts[0].equals("dbk")) {
            return Optional.empty();
        }
        return keys.findByPrefix(parts[1])
                .filter(key -> key.revokedAt() == null)
                .filter(key -> MessageDigest.isEqual(key.keyHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(presented).getBytes(StandardCharsets.US_ASCII)))
                .map(key -> {
                    Instant now = clock.instant();
                    if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
                        key.used(now);
                    }
                    return new Caller(key.name(), key.scopes().stream()
                            .map(scope -> ApiScope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)))
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class))));
                });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.prefix(), key.scopes(), key.createdAt(), key.createdBy(),
                key.lastUsedAt(), key.revokedAt());
    }
}
