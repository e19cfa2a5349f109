package io.duckboard.security.apikeys;

import java.util.Locale;

/** What an API key may be used for; granted as the authority {@code SCOPE_<name>}. */
public enum ApiScope {
    /** send events to the collector */
    INGEST,
    /** read data through the APIs */
    READ,
    /** read audits, and run them */
    AUDITS,
    /** scrape /actuator/prometheus and read /actuator/info */
    METRICS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + id();
    }
}
