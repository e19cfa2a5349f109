package io.duckboard.settings.secrets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A 256-bit AES key and its id (the first 8 hex digits of its SHA-256), which is stored with each value it encrypts. */
public record MasterKey(String id, SecretKey key) {

    public static MasterKey of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a master key is 32 bytes (256 bits), this one has " + bytes.length);
        }
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
            return new MasterKey(id, new SecretKeySpec(bytes, "AES"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
