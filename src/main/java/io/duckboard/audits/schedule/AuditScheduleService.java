package io.duckboard.audits.schedule;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.repository.AuditScheduleEntity;
import io.duckboard.audits.repository.AuditScheduleRepository;
import io.duckboard.platform.changes.ChangeLog;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each audit's schedule: the built-in default until an ADMIN saves one; every save is in the change history. */
@Service
public class AuditScheduleService {

    private final AuditRegistry registry;
    private final AuditScheduleRepository schedules;
    private final ChangeLog changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditScheduleService(AuditRegistry registry, AuditScheduleRepository schedules, ChangeLog changes, ApplicationEventPublisher events,
                         Clock clock) {
        this.registry = registry;
        this.schedules = schedules;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    /** Published after a schedule changed, so that the scheduler re-plans it. */
    public record ScheduleChanged(String auditId) {
    }

    @Transactional(readOnly = true)
    public List<Schedule> all() {
        return registry.all().stream().map(this::schedule).toList();
    }

    @Transactional(readOnly = true)
    public Schedule of(String auditId) {
        return schedule(registry.get(auditId));
    }

    /** The next three times {@code cron} would fire from now; throws a readable message when it is not valid. */
    public List<ZonedDateTime> preview(String cron) {
        return CronSchedules.next(cron, ZonedDateTime.now(clock), 3);
    }

    @Transactional
    public Schedule save(String auditId, String cron, boolean enabled) {
        Audit audit = registry.get(auditId);
        CronSchedules.parse(cron);
        String text = cron.strip();
        Schedule before = schedule(audit);
        AuditScheduleEntity entity = schedules.findById(audit.id())
                .orElseGet(() -> new AuditScheduleEntity(audit.id(), text, enabled, clock.instant(), ChangeLog.currentActor()));
        entity.set(text, enabled, clock.instant(), ChangeLog.currentActor());
        schedules.save(entity);
        if (!before.cron().equals(text)) {
            changes.record("AUDIT_SCHEDULE", audit.id(), "cron", before.cron(), text);
        }
        if (before.enabled() != enabled) {
            changes.record("AUDIT_SCHEDULE", audit.id(), "enabled", String.valueOf(before.enabled()), String.valueOf(enabled));
        }
        events.publishEvent(new ScheduleChanged(audit.id()));
        return schedule(audit);
    }

    private Schedule schedule(Audit audit) {
        var stored = schedules.findById(audit.id());
        String cron = stored.map(AuditScheduleEntity::cron).orElse(audit.defaultCron());
        boolean enabled = stored.map(AuditScheduleEntity::enabled).orElse(audit.enabledByDefault());
        List<ZonedDateTime> next = enabled ? CronSchedules.next(cron, ZonedDateTime.now(clock), 3) : List.of();
        return new Schedule(audit.id(), cron, enabled, stored.isEmpty(), next);
    }
}
