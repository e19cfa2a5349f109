package io.duckboard.settings.secrets;

import io.duckboard.platform.environment.AppEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key ring. The current key comes from {@code DUCKBOARD_MASTER_KEY} (base64 of 32 bytes), else
 * from the key file (created on first start, owner-only, with a warning that production should set
 * the variable). Older keys stay readable for rotation: {@code DUCKBOARD_PREVIOUS_MASTER_KEYS}
 * (comma-separated) or a pending {@code <key file>.next} from an interrupted file rotation.
 */
@Component
public class MasterKeys {

    public static final String VARIABLE = "DUCKBOARD_MASTER_KEY";
    public static final String PREVIOUS_VARIABLE = "DUCKBOARD_PREVIOUS_MASTER_KEYS";
    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    public enum Source { ENVIRONMENT, FILE }

    private final Path keyFile;
    private final Source source;
    private volatile MasterKey current;
    private final List<MasterKey> readable = new java.util.concurrent.CopyOnWriteArrayList<>();

    MasterKeys(Environment environment, SecretsProperties properties, AppEnvironment appEnvironment) {
        this.keyFile = properties.keyFile();
        String fromEnvironment = environment.getProperty(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            this.source = Source.ENVIRONMENT;
            this.current = decode(fromEnvironment, VARIABLE);
            String previous = environment.getProperty(PREVIOUS_VARIABLE, "");
            for (String old : previous.split(",")) {
                if (!old.isBlank()) {
                    readable.add(decode(old, PREVIOUS_VARIABLE));
                }
            }
        } else {
            this.source = Source.FILE;
            this.current = readOrCreate(keyFile, appEnvironment);
            pendingRotation().ifPresent(readable::add);
        }
        readable.add(current);
    }

    public MasterKey current() {
        return current;
    }

    public Source source() {
        return source;
    }

    public Path keyFile() {
        return keyFile;
    }

    public Optional<MasterKey> find(String id) {
        return readable.stream().filter(key -> key.id().equals(id)).findFirst();
    }

    public List<String> readableIds() {
        return readable.stream().map(MasterKey::id).distinct().toList();
    }

    /** A key written next to the key file before a rotation re-encrypts; it becomes current by {@link #commitRotation}. */
    MasterKey prepareRotation() {
        MasterKey next = generate();
        write(nextFile(), next);
        readable.add(next);
        return next;
    }

    void commitRotation(MasterKey next) {
        try {
            Files.move(nextFile(), keyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not replace the key file " + keyFile + ": " + e.getMessage(), e);
        }
        current = next;
    }

    Optional<MasterKey> pendingRotation() {
        Path next = nextFile();
        return Files.exists(next) ? Optional.of(read(next)) : Optional.empty();
    }

    private Path nextFile() {
        return keyFile.resolveSibling(keyFile.getFileName() + ".next");
    }

    private static MasterKey readOrCreate(Path file, AppEnvironment environment) {
        if (Files.exists(file)) {
            return read(file);
        }
        MasterKey created = generate();
        write(file, created);
        String advice = "Created a master key file at {} (owner-only). Back it up: without it saved secrets cannot be read. "
                + "In production set " + VARIABLE + " instead of relying on a file next to the data.";
        if (environment.isProduction()) {
            log.error(advice, file.toAbsolutePath());
        } else {
            log.warn(advice, file.toAbsolutePath());
        }
        return created;
    }

    private static MasterKey read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), "the key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, MasterKey key) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key.key().getEncoded()) + "\n", StandardCharsets.US_ASCII);
            restrict(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static MasterKey generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.of(bytes);
    }

    static MasterKey decode(@Nullable String base64, String where) {
        try {
            return MasterKey.of(Base64.getDecoder().decode(base64 == null ? "" : base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidMasterKeyException(where + " must hold 32 random bytes in base64 (make one with: "
                    + "openssl rand -base64 32): " + e.getMessage());
        }
    }

    /** The configured key is not a usable key; start-up stops with this message. */
    public static class InvalidMasterKeyException extends IllegalStateException {
        InvalidMasterKeyException(String message) {
            super(message);
        }
    }

    List<MasterKey> all() {
        return new ArrayList<>(readable);
    }
}
