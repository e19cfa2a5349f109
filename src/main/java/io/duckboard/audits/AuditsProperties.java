package io.duckboard.audits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How audits run, bound under {@code duckboard.audits}.
 *
 * @param workers       runs executing at once; more wait in a queue of {@code queue}
 * @param stepTimeout   a step running longer fails with that reason
 * @param retries       extra attempts for a transient failure, waiting {@code retryBackoff}, then twice that, …
 * @param maxSamples    example rows kept per finding
 * @param heartbeat     how often a running run says it is alive; a run silent for three beats is INTERRUPTED
 * @param instanceName  this instance, recorded on runs and locks; empty → the host name
 * @param retention     which finished runs to keep
 */
@ConfigurationProperties("duckboard.audits")
public record AuditsProperties(
        @DefaultValue("2") int workers,
        @DefaultValue("20") int queue,
        @DefaultValue("5m") Duration stepTimeout,
        @DefaultValue("2") int retries,
        @DefaultValue("2s") Duration retryBackoff,
        @DefaultValue("5") int maxSamples,
        @DefaultValue("30s") Duration heartbeat,
        @DefaultValue("") String instanceName,
        @DefaultValue Retention retention) {

    /** {@code instanceName}, or the host name when it is empty. */
    public String instance() {
        if (!instanceName.isBlank()) {
            return instanceName.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "local";
        }
    }

    /**
     * A finished run is deleted once it is not among the last {@code runs} of its audit, or once it is
     * older than {@code days}, whichever comes first; 0 turns that limit off.
     */
    public record Retention(@DefaultValue("100") int runs, @DefaultValue("90") int days) {
    }
}
