package io.duckboard.platform.logging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secret values the application holds in memory (decrypted S3 keys, webhook URLs, API keys given by
 * the environment). Every log line — JSON files and console — has them replaced by {@code ••••}, so
 * that an exception message or a careless log call cannot leak one.
 */
public final class KnownSecrets {

    static final String MASK = "••••";
    private static final int SHORTEST = 6;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

    private KnownSecrets() {
    }

    /** Remembers a secret value; very short values are ignored (masking them would garble ordinary text). */
    public static void register(String value) {
        if (value != null && value.length() >= SHORTEST) {
            VALUES.add(value);
        }
    }

    public static String mask(String text) {
        if (text == null || VALUES.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : VALUES) {
            if (masked.contains(secret)) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
