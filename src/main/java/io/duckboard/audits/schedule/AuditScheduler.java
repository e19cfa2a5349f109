package io.duckboard.audits.schedule;

import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.StartedRun;
import io.duckboard.platform.flags.Flag;
import io.duckboard.platform.flags.RuntimeFlags;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Plans every enabled audit on Spring's {@link TaskScheduler} with its cron, in the application's
 * time zone, and re-plans one when its schedule is saved. A firing starts a run through the runner,
 * which takes the audit's lock: with several instances, one of them runs it.
 */
@Component
class AuditScheduler {

    private static final Logger log = LoggerFactory.getLogger(AuditScheduler.class);

    private final AuditScheduleService schedules;
    private final AuditRunner runner;
    private final RuntimeFlags flags;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Map<String, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();

    AuditScheduler(AuditScheduleService schedules, AuditRunner runner, RuntimeFlags flags, TaskScheduler scheduler, Clock clock) {
        this.schedules = schedules;
        this.runner = runner;
        this.flags = flags;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void planAll() {
        schedules.all().forEach(this::plan);
    }

    /** After the save commits: a rolled-back save never touches the live schedule. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void replan(AuditScheduleService.ScheduleChanged changed) {
        plan(schedules.of(changed.auditId()));
    }

    /** The new plan is made before the old one is cancelled, so a failure leaves the old plan running. */
    private synchronized void plan(Schedule schedule) {
        ScheduledFuture<?> next = schedule.enabled()
                ? scheduler.schedule(() -> fire(schedule.auditId()), new CronTrigger(schedule.cron(), clock.getZone()))
                : null;
        ScheduledFuture<?> previous = next == null ? planned.remove(schedule.auditId()) : planned.put(schedule.auditId(), next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void fire(String auditId) {
        if (!flags.isEnabled(Flag.AUDITS_ENABLED)) {
            log.info("Scheduled audit {} skipped: the runtime flag {} is off", auditId, Flag.AUDITS_ENABLED.name());
            return;
        }
        try {
            StartedRun run = runner.start(auditId, RunTrigger.SCHEDULE);
            if (run.alreadyRunning()) {
                log.info("Scheduled audit {} skipped: run {} is still going", auditId, run.runId());
            }
        } catch (RuntimeException e) {
            log.warn("Scheduled audit {} could not start: {}", auditId, e.getMessage());
        }
    }
}
