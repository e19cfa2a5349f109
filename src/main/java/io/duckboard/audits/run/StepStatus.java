package io.duckboard.audits.run;

/** Where a step stands. */
public enum StepStatus {
    PENDING, RUNNING,
    /** waiting to try again after a transient failure */
    RETRYING,
    PASSED, WARNED, FAILED,
    /** could not complete: error, timeout, or retries exhausted (the reason is recorded) */
    ERROR,
    CANCELLED, SKIPPED, INTERRUPTED;

    public boolean finished() {
        return this != PENDING && this != RUNNING && this != RETRYING;
    }
}
