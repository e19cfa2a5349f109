package io.duckboard.datasets;

/** How a load ended (or that it is still running). */
public enum LoadStatus {
    RUNNING,
    /** a new snapshot was built and now serves */
    SUCCEEDED,
    /** the source had not changed since the serving snapshot: nothing rebuilt */
    UNCHANGED,
    /** nothing changed for readers: the previous snapshot (if any) keeps serving */
    FAILED,
    /** the application stopped while the load ran */
    INTERRUPTED
}
