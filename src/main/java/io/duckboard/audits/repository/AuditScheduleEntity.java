package io.duckboard.audits.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code audit_schedule}: the schedule an ADMIN set for an audit. */
@Entity
@Table(name = "audit_schedule")
public class AuditScheduleEntity {

    @Id
    private String auditId;
    private String cron;
    private boolean enabled;
    private Instant updatedAt;
    private String updatedBy;

    protected AuditScheduleEntity() {
        this("", "", false, Instant.EPOCH, "");
    }

    public AuditScheduleEntity(String auditId, String cron, boolean enabled, Instant updatedAt, String updatedBy) {
        this.auditId = auditId;
        this.cron = cron;
        this.enabled = enabled;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String auditId() {
        return auditId;
    }

    public String cron() {
        return cron;
    }

    public boolean enabled() {
        return enabled;
    }

    public void set(String cron, boolean enabled, Instant now, String by) {
        this.cron = cron;
        this.enabled = enabled;
        this.updatedAt = now;
        this.updatedBy = by;
    }
}
