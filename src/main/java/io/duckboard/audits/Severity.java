package io.duckboard.audits;

/** How bad a finding is, in increasing order. */
public enum Severity {
    INFO, WARN, FAIL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
