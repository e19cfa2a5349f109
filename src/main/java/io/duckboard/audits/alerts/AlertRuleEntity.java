package io.duckboard.audits.alerts;

import io.duckboard.audits.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A row of {@code alert_rule} with its targets ({@code alert_rule_target}). */
@Entity
@Table(name = "alert_rule")
class AlertRuleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private @Nullable String auditId;
    @Enumerated(EnumType.STRING)
    private Severity minSeverity;
    private int dedupWindowMinutes;
    private Instant createdAt;
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alert_rule_target", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "target_id")
    private Set<Long> targetIds = new LinkedHashSet<>();

    protected AlertRuleEntity() {
        this(null, Severity.FAIL, 0, Set.of(), Instant.EPOCH, "");
    }

    AlertRuleEntity(@Nullable String auditId, Severity minSeverity, int dedupWindowMinutes, Set<Long> targetIds, Instant createdAt,
                    String createdBy) {
        this.auditId = auditId;
        this.minSeverity = minSeverity;
        this.dedupWindowMinutes = dedupWindowMinutes;
        this.targetIds.addAll(targetIds);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long id() {
        return id == null ? 0 : id;
    }

    @Nullable String auditId() {
        return auditId;
    }

    Severity minSeverity() {
        return minSeverity;
    }

    int dedupWindowMinutes() {
        return dedupWindowMinutes;
    }

    Set<Long> targetIds() {
        return Set.copyOf(targetIds);
    }

    boolean matches(String audit) {
        return auditId == null || auditId.equals(audit);
    }
}
