package io.duckboard.audits.repository;

import io.duckboard.audits.run.RunStatus;
import io.duckboard.audits.run.RunTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code audit_run}. */
@Entity
@Table(name = "audit_run")
public class AuditRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String auditId;
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private RunTrigger trigger;
    private String requestedBy;
    @Enumerated(EnumType.STRING)
    private RunStatus status;
    private Instant startedAt;
    private @Nullable Instant finishedAt;
    private Instant heartbeatAt;
    private String instanceName;
    private int stepsTotal;
    private int stepsDone;
    private int infos;
    private int warnings;
    private int failures;
    private @Nullable String message;

    protected AuditRunEntity() {
        this("", RunTrigger.MANUAL, "", Instant.EPOCH, "", 0);
    }

    public AuditRunEntity(String auditId, RunTrigger trigger, String requestedBy, Instant startedAt, String instanceName, int stepsTotal) {
        this.auditId = auditId;
        this.trigger = trigger;
        this.requestedBy = requestedBy;
        this.status = RunStatus.RUNNING;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
        this.instanceName = instanceName;
        this.stepsTotal = stepsTotal;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String auditId() {
        return auditId;
    }

    public RunTrigger trigger() {
        return trigger;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public RunStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public Instant heartbeatAt() {
        return heartbeatAt;
    }

    public String instanceName() {
        return instanceName;
    }

    public int stepsTotal() {
        return stepsTotal;
    }

    public int stepsDone() {
        return stepsDone;
    }

    public int infos() {
        return infos;
    }

    public int warnings() {
        return warnings;
    }

    public int failures() {
        return failures;
    }

    public @Nullable String message() {
        return message;
    }

    public void beat(Instant now) {
        this.heartbeatAt = now;
    }

    public void stepDone(int infos, int warnings, int failures, Instant now) {
        this.stepsDone++;
        this.infos += infos;
        this.warnings += warnings;
        this.failures += failures;
        this.heartbeatAt = now;
    }

    public void finish(RunStatus status, @Nullable String message, Instant now) {
        this.status = status;
        this.message = message == null || message.length() <= 2000 ? message : message.substring(0, 1999) + "…";
        this.finishedAt = now;
        this.heartbeatAt = now;
    }
}
