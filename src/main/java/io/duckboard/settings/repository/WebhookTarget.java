package io.duckboard.settings.repository;

import io.duckboard.settings.webhooks.WebhookKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code webhook_target}: the URL is stored encrypted. */
@Entity
@Table(name = "webhook_target")
public class WebhookTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private WebhookKind kind;
    private String urlEncrypted;
    private Instant createdAt;

    protected WebhookTarget() {
        this("", WebhookKind.GENERIC, "", Instant.EPOCH);
    }

    public WebhookTarget(String name, WebhookKind kind, String urlEncrypted, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.urlEncrypted = urlEncrypted;
        this.createdAt = createdAt;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String name() {
        return name;
    }

    public WebhookKind kind() {
        return kind;
    }

    public String urlEncrypted() {
        return urlEncrypted;
    }

    public void urlEncrypted(String value) {
        this.urlEncrypted = value;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
