package io.duckboard.audits.run;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditStep;
import io.duckboard.audits.AuditsProperties;
import io.duckboard.audits.Finding;
import io.duckboard.audits.TransientAuditException;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.logging.KnownSecrets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the steps of one run in order, on the worker thread that called {@link #execute}, writing each change. */
final class RunExecution {

    private static final Logger log = LoggerFactory.getLogger(RunExecution.class);

    private final Audit audit;
    private final long runId;
    private final RunControl control;
    private final AuditRunStore store;
    private final ExecutorService steps;
    private final AuditsProperties properties;
    private final LongConsumer changed;

    RunExecution(Audit audit, long runId, RunControl control, AuditRunStore store, ExecutorService steps,
                 AuditsProperties properties, LongConsumer changed) {
        this.audit = audit;
        this.runId = runId;
        this.control = control;
        this.store = store;
        this.steps = steps;
        this.properties = properties;
        this.changed = changed;
    }

    void execute() {
        List<AuditStep> all = audit.steps();
        for (int position = 0; position < all.size(); position++) {
            if (control.cancelled()) {
                store.finish(runId, RunStatus.CANCELLED, "Cancelled by " + control.cancelledBy() + ".");
                return;
            }
            if (!store.stepStarted(runId, position)) {
                return; // no longer RUNNING: a restart or a shutdown marked it INTERRUPTED
            }
            changed.accept(runId);
            runStep(all.get(position), position);
            changed.accept(runId);
        }
        if (control.cancelled()) {
            store.finish(runId, RunStatus.CANCELLED, "Cancelled by " + control.cancelledBy() + ".");
        } else {
            store.finish(runId, null, null);
        }
    }

    private void runStep(AuditStep step, int position) {
        int attempts = properties.retries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                store.stepAttempt(runId, position, attempt);
                changed.accept(runId);
            }
            Future<List<Finding>> future = steps.submit(step::run);
            control.running(future);
            try {
                store.stepFinished(runId, position, audit.id(), future.get(properties.stepTimeout().toMillis(), TimeUnit.MILLISECONDS));
                return;
            } catch (TimeoutException e) {
                future.cancel(false);
                store.stepEnded(runId, position, audit.id(), StepStatus.ERROR, "Did not finish within " + human(properties.stepTimeout())
                        + " (duckboard.audits.step-timeout).");
                return;
            } catch (CancellationException e) {
                store.stepEnded(runId, position, audit.id(), StepStatus.CANCELLED, "Cancelled by " + control.cancelledBy() + ".");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                store.stepEnded(runId, position, audit.id(), StepStatus.INTERRUPTED, "Duckboard stopped during this step.");
                return;
            } catch (ExecutionException e) {
                if (!retryAfter(e.getCause(), step, position, attempt, attempts)) {
                    return;
                }
            } finally {
                control.running(null);
            }
        }
    }

    /** Waits and returns true when the failure is transient and attempts remain; otherwise records the end of the step. */
    private boolean retryAfter(Throwable cause, AuditStep step, int position, int attempt, int attempts) {
        if (cause instanceof TransientAuditException && attempt < attempts) {
            Duration wait = properties.retryBackoff().multipliedBy(1L << (attempt - 1));
            store.stepRetrying(runId, position, attempt + 1, reason(cause) + " — trying again in " + human(wait));
            changed.accept(runId);
            if (control.pause(wait)) {
                return true;
            }
            store.stepEnded(runId, position, audit.id(), StepStatus.CANCELLED, "Cancelled by " + control.cancelledBy() + ".");
            return false;
        }
        String reason = cause instanceof TransientAuditException ? "Failed after " + attempts + " attempt(s): " + reason(cause) : reason(cause);
        if (!(cause instanceof UserFacingException) && !(cause instanceof TransientAuditException)) {
            log.warn("Audit {} step {} failed", audit.id(), step.key(), cause);
        }
        store.stepEnded(runId, position, audit.id(), StepStatus.ERROR, reason);
        return false;
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return KnownSecrets.mask(cause instanceof UserFacingException || cause instanceof TransientAuditException
                ? message : "Unexpected error: " + message);
    }

    static String human(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms"
                : duration.toSeconds() < 120 ? duration.toSeconds() + " s" : duration.toMinutes() + " min";
    }
}
