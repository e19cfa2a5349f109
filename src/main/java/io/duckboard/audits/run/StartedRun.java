package io.duckboard.audits.run;

/** The answer to "run this audit": the run's id, and whether it was already running (then nothing new started). */
public record StartedRun(long runId, boolean alreadyRunning) {
}
