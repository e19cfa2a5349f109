package io.duckboard.settings.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duckboard.platform.environment.AppEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SecretCipherTest {

    @TempDir
    Path dir;

    @Test
    void a_value_round_trips_and_each_encryption_uses_a_fresh_nonce() {
        SecretCipher cipher = new SecretCipher(keysFromFile());

        String first = cipher.encrypt("wJalrXUtnFEMI/K7MDENG/bPxRfiCY");
        String second = cipher.encrypt("wJalrXUtnFEMI/K7MDENG/bPxRfiCY");

        assertThat(first).startsWith("v1:").doesNotContain("wJalrXUtnFEMI").isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCY");
    }

    @Test
    void the_first_start_creates_an_owner_only_key_file_and_reuses_it() throws Exception {
        MasterKeys first = keysFromFile();
        MasterKeys again = keysFromFile();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.key")))).isEqualTo("rw-------");
        assertThat(again.current().id()).isEqualTo(first.current().id());
        assertThat(first.source()).isEqualTo(MasterKeys.Source.FILE);
    }

    @Test
    void a_tampered_value_or_another_key_is_refused_not_garbled() {
        SecretCipher cipher = new SecretCipher(keysFromFile());
        String stored = cipher.encrypt("a-webhook-token-123456");
        String tampered = stored.substring(0, stored.length() - 6) + (stored.endsWith("A") ? "BBBBBB" : "AAAAAA");
        SecretCipher other = new SecretCipher(keysFromEnvironment(new byte[32]));

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(SecretCipher.UnreadableSecretException.class);
        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class)
                .hasMessageContaining("written with master key " + SecretCipher.keyIdOf(stored));
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_rejected_with_how_to_make_one() {
        MockEnvironment environment = new MockEnvironment().withProperty(MasterKeys.VARIABLE, "too-short");

        assertThatThrownBy(() -> new MasterKeys(environment, new SecretsProperties(dir.resolve("k")), AppEnvironment.LOCAL))
                .isInstanceOf(MasterKeys.InvalidMasterKeyException.class)
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void previous_keys_from_the_environment_stay_readable() {
        byte[] old = new byte[32];
        old[0] = 7;
        String written = new SecretCipher(keysFromEnvironment(old)).encrypt("old-secret-value");
        MockEnvironment environment = new MockEnvironment()
                .withProperty(MasterKeys.VARIABLE, Base64.getEncoder().encodeToString(new byte[32]))
                .withProperty(MasterKeys.PREVIOUS_VARIABLE, Base64.getEncoder().encodeToString(old));

        SecretCipher rotated = new SecretCipher(new MasterKeys(environment, new SecretsProperties(dir.resolve("k")), AppEnvironment.LOCAL));

        assertThat(rotated.decrypt(written)).isEqualTo("old-secret-value");
    }

    private MasterKeys keysFromFile() {
        return new MasterKeys(new MockEnvironment(), new SecretsProperties(dir.resolve("master.key")), AppEnvironment.LOCAL);
    }

    private MasterKeys keysFromEnvironment(byte[] key) {
        return new MasterKeys(new MockEnvironment().withProperty(MasterKeys.VARIABLE, Base64.getEncoder().encodeToString(key)),
                new SecretsProperties(dir.resolve("unused")), AppEnvironment.LOCAL);
    }
}
