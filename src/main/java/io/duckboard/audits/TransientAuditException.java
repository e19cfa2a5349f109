package io.duckboard.audits;

/** A failure that may go away on its own (a source that did not answer): the step is retried with backoff. */
public class TransientAuditException extends RuntimeException {

    public TransientAuditException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientAuditException(String message) {
        super(message);
    }
}
