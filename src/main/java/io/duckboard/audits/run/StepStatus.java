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

    /** The step ran to its end (with whatever outcome), as opposed to being cancelled, skipped or cut off. */
    public boolean completed() {
        return this == PASSED || this == WARNED || this == FAILED || this == ERROR;
    }

    public boolean finished() {
        return this != PENDING && this != RUNNING && this != RETRYING;
    }
}
