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

/** A row of {@code app_user}. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;
    private String passwordHash;
    private String roles;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;
    private @Nullable Instant lastLoginAt;

    protected AppUser() {
        this("", "", Set.of(), Instant.EPOCH);
    }

    public AppUser(String username, String passwordHash, Set<String> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.enabled = true;
        this.mustChangePassword = true;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return roles.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public void password(String hash, boolean mustChange) {
        this.passwordHash = hash;
        this.mustChangePassword = mustChange;
    }

    public void roles(Set<String> newRoles) {
        this.roles = String.join(",", new TreeSet<>(newRoles));
    }

    public void enabled(boolean value) {
        this.enabled = value;
    }

    public void loggedIn(Instant when) {
        this.lastLoginAt = when;
    }
}
