package io.duckboard.settings.secrets;

import io.duckboard.platform.logging.KnownSecrets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Stored form: {@code v1:<key id>:<base64(nonce ‖
 * ciphertext ‖ tag)>}; the key id is also authenticated (GCM associated data), so a value cannot be
 * passed off under another key. Decrypted values are registered with the log masking.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKeys keys;

    SecretCipher(MasterKeys keys) {
        this.keys = keys;
    }

    public String encrypt(String plaintext) {
        return encrypt(plaintext, keys.current());
    }

    String encrypt(String plaintext, MasterKey key) {
        KnownSecrets.register(plaintext);
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(key.id().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    public String decrypt(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            throw new UnreadableSecretException("not an encrypted value");
        }
        MasterKey key = keys.find(parts[1]).orElseThrow(() -> new UnreadableSecretException(
                "written with master key " + parts[1] + ", which is not configured (configured: " + String.join(", ", keys.readableIds()) + ")"));
        try {
            byte[] all = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(key.id().getBytes(StandardCharsets.US_ASCII));
            String plaintext = new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
            KnownSecrets.register(plaintext);
            return plaintext;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSecretException("does not decrypt with master key " + key.id() + " (wrong key or damaged value)");
        }
    }

    /** The id of the key a stored value was written with. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : "?";
    }

    /** A stored secret cannot be read back. */
    public static class UnreadableSecretException extends IllegalStateException {
        UnreadableSecretException(String message) {
            super(message);
        }
    }
}
