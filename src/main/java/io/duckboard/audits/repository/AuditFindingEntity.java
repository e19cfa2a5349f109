package io.duckboard.audits.repository;

import io.duckboard.audits.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A row of {@code audit_finding}; samples are a JSON array of objects. */
@Entity
@Table(name = "audit_finding")
public class AuditFindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long runId;
    private long stepRunId;
    @Enumerated(EnumType.STRING)
    private Severity severity;
    private String findingKey;
    private String fingerprint;
    private String message;
    @Column(name = "item_count")
    private long count;
    private String samples;
    private @Nullable String recommendation;

    protected AuditFindingEntity() {
        this(0, 0, Severity.INFO, "", "", "", 0, "[]", null);
    }

    public AuditFindingEntity(long runId, long stepRunId, Severity severity, String findingKey, String fingerprint, String message,
                              long count, String samples, @Nullable String recommendation) {
        this.runId = runId;
        this.stepRunId = stepRunId;
        this.severity = severity;
        this.findingKey = findingKey;
        this.fingerprint = fingerprint;
        this.message = message;
        this.count = count;
        this.samples = samples;
        this.recommendation = recommendation;
    }

    public long runId() {
        return runId;
    }

    public long stepRunId() {
        return stepRunId;
    }

    public Severity severity() {
        return severity;
    }

    public String findingKey() {
        return findingKey;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String message() {
        return message;
    }

    public long count() {
        return count;
    }

    public String samples() {
        return samples;
    }

    public @Nullable String recommendation() {
        return recommendation;
    }
}
