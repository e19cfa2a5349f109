package io.duckboard.audits.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A run's cancel switch. Cancelling abandons the current step (its thread is not interrupted: a step
 * may be writing to the app database, which an interrupt can close) and wakes a waiting retry.
 */
final class RunControl {

    private final CountDownLatch cancelled = new CountDownLatch(1);
    private volatile @Nullable Future<?> current;
    private volatile String cancelledBy = "";

    void cancel(String by) {
        cancelledBy = by;
        cancelled.countDown();
        Future<?> step = current;
        if (step != null) {
            step.cancel(false);
        }
    }

    boolean cancelled() {
        return cancelled.getCount() == 0;
    }

    String cancelledBy() {
        return cancelledBy;
    }

    void running(@Nullable Future<?> step) {
        current = step;
        if (step != null && cancelled()) {
            step.cancel(false);
        }
    }

    /** Waits before a retry; returns false if the run was cancelled meanwhile. */
    boolean pause(Duration duration) {
        try {
            return !cancelled.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
