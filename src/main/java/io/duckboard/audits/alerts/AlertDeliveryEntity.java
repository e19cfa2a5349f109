package io.duckboard.audits.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code alert_delivery}: one alert to one target. */
@Entity
@Table(name = "alert_delivery")
class AlertDeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant createdAt;
    private @Nullable Instant finishedAt;
    private long ruleId;
    private long targetId;
    private String targetName;
    private @Nullable Long runId;
    private String auditId;
    private int findings;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    private int httpStatus;
    private @Nullable String problem;

    protected AlertDeliveryEntity() {
        this(Instant.EPOCH, 0, 0, "", null, "", 0);
    }

    AlertDeliveryEntity(Instant createdAt, long ruleId, long targetId, String targetName, @Nullable Long runId, String auditId, int findings) {
        this.createdAt = createdAt;
        this.ruleId = ruleId;
        this.targetId = targetId;
        this.targetName = targetName;
        this.runId = runId;
        this.auditId = auditId;
        this.findings = findings;
        this.status = DeliveryStatus.FAILED;
    }

    void end(DeliveryStatus status, int attempts, int httpStatus, @Nullable String problem, Instant now) {
        this.status = status;
        this.attempts = attempts;
        this.httpStatus = httpStatus;
        this.problem = problem == null || problem.length() <= 1000 ? problem : problem.substring(0, 999) + "…";
        this.finishedAt = now;
    }

    AlertDeliveryView view() {
        return new AlertDeliveryView(id == null ? 0 : id, createdAt, ruleId, targetName, runId, auditId, findings, status, attempts,
                httpStatus, problem);
    }
}
