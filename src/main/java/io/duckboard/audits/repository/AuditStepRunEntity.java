package io.duckboard.audits.repository;

import io.duckboard.audits.run.StepStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code audit_step_run}. */
@Entity
@Table(name = "audit_step_run")
public class AuditStepRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long runId;
    private int position;
    private String stepKey;
    private String title;
    @Enumerated(EnumType.STRING)
    private StepStatus status;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;
    private int attempts;
    private @Nullable String error;

    protected AuditStepRunEntity() {
        this(0, 0, "", "");
    }

    public AuditStepRunEntity(long runId, int position, String stepKey, String title) {
        this.runId = runId;
        this.position = position;
        this.stepKey = stepKey;
        this.title = title;
        this.status = StepStatus.PENDING;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long runId() {
        return runId;
    }

    public int position() {
        return position;
    }

    public String stepKey() {
        return stepKey;
    }

    public String title() {
        return title;
    }

    public StepStatus status() {
        return status;
    }

    public @Nullable Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable String error() {
        return error;
    }

    public void start(Instant now) {
        this.status = StepStatus.RUNNING;
        this.startedAt = now;
        this.attempts = 1;
    }

    public void retrying(int attempt, String reason) {
        this.status = StepStatus.RETRYING;
        this.attempts = attempt;
        this.error = limit(reason);
    }

    public void attempt(int attempt) {
        this.status = StepStatus.RUNNING;
        this.attempts = attempt;
    }

    public void finish(StepStatus status, @Nullable String error, Instant now) {
        this.status = status;
        this.error = limit(error);
        this.finishedAt = now;
    }

    private static @Nullable String limit(@Nullable String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
