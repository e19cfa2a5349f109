package io.duckboard.security.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A row of {@code api_key}: the key itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;
    private String prefix;
    private String keyHash;
    private String scopes;
    private Instant createdAt;
    private String createdBy;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    protected ApiKey() {
        this("", "", "", Set.of(), Instant.EPOCH, "");
    }

    public ApiKey(String name, String prefix, String keyHash, Set<String> scopes, Instant createdAt, String createdBy) {
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.scopes = String.join(",", new TreeSet<>(scopes));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String keyHash() {
        return keyHash;
    }

    public Set<String> scopes() {
        return scopes.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(scopes.split(",")));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public void used(Instant when) {
        this.lastUsedAt = when;
    }

    public void revoke(Instant when) {
        this.revokedAt = when;
    }
}
