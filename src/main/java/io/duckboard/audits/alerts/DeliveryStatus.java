package io.duckboard.audits.alerts;

/** What happened to an alert for one target. */
public enum DeliveryStatus {
    /** the target answered 2xx */
    SENT,
    /** every attempt failed; the reason is recorded */
    FAILED,
    /** every finding had already been sent to this target within the rule's window */
    SUPPRESSED,
    /** the runtime flag alerts.muted was on */
    MUTED,
    /** "Send test" */
    TEST
}
