package io.duckboard.audits.run;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.AuditsProperties;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.platform.logging.UserActions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Starts runs on a bounded pool of workers (never in the caller's thread), one active run per audit,
 * and cancels them. At start-up, runs this instance left RUNNING are marked INTERRUPTED; runs of other
 * instances that stopped beating are too.
 */
@Service
public class AuditRunner implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);

    private final AuditRegistry registry;
    private final AuditRunStore store;
    private final AuditProgress progress;
    private final AuditLocks locks;
    private final AuditsProperties properties;
    private final ApplicationEventPublisher events;
    private final UserActions userActions;
    private final Clock clock;
    private final String instance;
    private final ThreadPoolExecutor workers;
    private final ExecutorService stepThreads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("audit-step-", 1).factory());
    private final Map<Long, RunControl> active = new ConcurrentHashMap<>();
    private final Object starting = new Object();

    AuditRunner(AuditRegistry registry, AuditRunStore store, AuditProgress progress, AuditLocks locks, AuditsProperties properties,
                ApplicationEventPublisher events, UserActions userActions, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.progress = progress;
        this.locks = locks;
        this.properties = properties;
        this.events = events;
        this.userActions = userActions;
        this.clock = clock;
        this.instance = properties.instance();
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queue())), Thread.ofPlatform().name("audit-worker-", 1).daemon().factory());
    }

    @Override
    public void afterPropertiesSet() {
        List<Long> interrupted = store.interrupt(run -> run.instanceName().equals(instance),
                "Duckboard stopped while this run was in progress.");
        int released = locks.releaseLeftovers();
        if (!interrupted.isEmpty()) {
            log.warn("{} audit run(s) were still running when Duckboard last stopped and are now INTERRUPTED: {} ({} lock(s) released)",
                    interrupted.size(), interrupted, released);
        }
    }

    /** Starts a run of the audit as the current user (or {@code system}), or returns the one already running. */
    public StartedRun start(String auditId, RunTrigger trigger) {
        return start(auditId, trigger, ChangeLog.currentActor());
    }

    /** Starts a run of the audit for {@code actor}, or returns the one already running (here or on another instance). */
    public StartedRun start(String auditId, RunTrigger trigger, String actor) {
        Audit audit = registry.get(auditId);
        synchronized (starting) {
            Optional<Long> running = store.running(audit.id());
            if (running.isPresent()) {
                return new StartedRun(running.get(), true);
            }
            SimpleLock lock = locks.lock(audit.id(), longest(audit)).orElse(null);
            if (lock == null) {
                return store.running(audit.id()).map(id -> new StartedRun(id, true)).orElseThrow(() -> new UserFacingException(
                        "Another Duckboard instance is starting '" + audit.id() + "' right now. Try again in a moment."));
            }
            long runId = store.create(audit, trigger, actor, instance);
            RunControl control = new RunControl();
            active.put(runId, control);
            try {
                workers.execute(() -> execute(audit, runId, control, lock));
            } catch (RejectedExecutionException e) {
                active.remove(runId);
                store.finish(runId, RunStatus.ERROR, "Not started: " + properties.queue() + " runs were already waiting.");
                lock.unlock();
                throw new UserFacingException("Too many audit runs are waiting (" + properties.queue() + "). Try again when some have finished.");
            }
            userActions.action("audit-run-started", Map.of("audit", audit.id(), "run", runId, "trigger", trigger.name(), "actor", actor));
            changed(runId);
            return new StartedRun(runId, false);
        }
    }

    /** Asks a running run to stop after abandoning its current step. */
    public void cancel(long runId) {
        RunControl control = active.get(runId);
        if (control == null) {
            RunView run = store.run(runId).orElseThrow(() -> new UserFacingException("There is no audit run " + runId + "."));
            throw new UserFacingException(run.status().finished()
                    ? "Run " + runId + " has already finished (" + run.status() + ")."
                    : "Run " + runId + " runs on another Duckboard instance; cancel it there.");
        }
        control.cancel(ChangeLog.currentActor());
        userActions.action("audit-run-cancelled", Map.of("run", runId, "actor", ChangeLog.currentActor()));
    }

    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    /** Keeps this instance's runs visibly alive and retires other instances' runs that went silent. */
    @Scheduled(fixedDelayString = "${duckboard.audits.heartbeat:30s}", initialDelayString = "${duckboard.audits.heartbeat:30s}")
    public void heartbeat() {
        active.keySet().forEach(store::beat);
        var silentSince = clock.instant().minus(properties.heartbeat().multipliedBy(3));
        List<Long> lost = store.interrupt(run -> !active.containsKey(run.id()) && run.heartbeatAt().isBefore(silentSince),
                "The instance running it stopped answering.");
        if (!lost.isEmpty()) {
            log.warn("Audit run(s) {} went silent and are now INTERRUPTED", lost);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        // first recorded as INTERRUPTED, then stopped: the workers' own writes are ignored from here on
        store.interrupt(run -> active.containsKey(run.id()), "Duckboard stopped while this run was in progress.");
        active.values().forEach(control -> control.cancel("shutdown"));
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        stepThreads.shutdownNow();
    }

    private void execute(Audit audit, long runId, RunControl control, SimpleLock lock) {
        try {
            new RunExecution(audit, runId, control, store, stepThreads, properties, this::changed).execute();
        } catch (RuntimeException e) {
            log.error("Audit run {} of {} stopped unexpectedly", runId, audit.id(), e);
            store.finish(runId, RunStatus.ERROR, "Stopped unexpectedly: " + e.getMessage());
        } finally {
            active.remove(runId);
            lock.unlock();
            store.run(runId).ifPresent(run -> {
                progress.publish(run);
                log.info("Audit run {} of {} ended {}: {} fail, {} warn, {} info", runId, audit.id(), run.status(),
                        run.failures(), run.warnings(), run.infos());
                if (run.status() != RunStatus.INTERRUPTED) {
                    events.publishEvent(new AuditRunFinished(run));
                }
            });
        }
    }

    private void changed(long runId) {
        store.run(runId).ifPresent(progress::publish);
    }

    /** How long a run can take at most: every step timing out after every retry, plus a margin. */
    private Duration longest(Audit audit) {
        long attempts = properties.retries() + 1L;
        Duration backoff = properties.retryBackoff().multipliedBy((1L << properties.retries()) - 1);
        return properties.stepTimeout().multipliedBy(attempts).plus(backoff).multipliedBy(Math.max(1, audit.steps().size()))
                .plusMinutes(1);
    }
}
