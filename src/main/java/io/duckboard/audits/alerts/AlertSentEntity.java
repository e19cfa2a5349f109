package io.duckboard.audits.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A row of {@code alert_sent}: this finding's fingerprint reached this target at {@code sentAt}. */
@Entity
@Table(name = "alert_sent")
@IdClass(AlertSentEntity.Key.class)
class AlertSentEntity {

    @Id
    private long targetId;
    @Id
    private String fingerprint;
    private Instant sentAt;

    protected AlertSentEntity() {
        this(0, "", Instant.EPOCH);
    }

    AlertSentEntity(long targetId, String fingerprint, Instant sentAt) {
        this.targetId = targetId;
        this.fingerprint = fingerprint;
        this.sentAt = sentAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    void sentAt(Instant at) {
        this.sentAt = at;
    }

    record Key(long targetId, String fingerprint) implements Serializable {
        Key() {
            this(0, "");
        }
    }
}
