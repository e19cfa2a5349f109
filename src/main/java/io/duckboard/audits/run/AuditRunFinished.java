package io.duckboard.audits.run;

/** Published when a run ends (any status), with its steps and findings. */
public record AuditRunFinished(RunView run) {
}
