package io.duckboard.audits;

import java.util.List;

/**
 * One step of an audit. It runs on an audit worker thread, may take a while, should stop when
 * interrupted (cancel, timeout), and throws {@link TransientAuditException} for failures worth
 * retrying (a source that did not answer); any other exception fails the step with its message.
 */
public interface AuditStep {

    /** Stable id within the audit, e.g. {@code null-rates}. */
    String key();

    String title();

    List<Finding> run() throws Exception;

    /** A step from a key, a title and the work. */
    static AuditStep of(String key, String title, java.util.concurrent.Callable<List<Finding>> work) {
        return new AuditStep() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public List<Finding> run() throws Exception {
                return work.call();
            }
        };
    }
}
