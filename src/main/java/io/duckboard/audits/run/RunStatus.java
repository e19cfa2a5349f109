package io.duckboard.audits.run;

/** Where a run stands. Every status but RUNNING is final. */
public enum RunStatus {
    RUNNING,
    /** every step ran; nothing worse than INFO */
    PASSED,
    /** every step ran; at least one WARN */
    WARNED,
    /** every step ran; at least one FAIL */
    FAILED,
    /** a step could not complete (error, timeout, retries exhausted) */
    ERROR,
    CANCELLED,
    /** the application stopped while it ran */
    INTERRUPTED;

    public boolean finished() {
        return this != RUNNING;
    }
}
