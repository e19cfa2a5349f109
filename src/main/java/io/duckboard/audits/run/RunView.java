package io.duckboard.audits.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A run as the UI and the API show it: status, progress, and (when asked for) its steps and findings. */
public record RunView(long id, String auditId, String auditTitle, RunTrigger trigger, String requestedBy, RunStatus status,
                      Instant startedAt, @Nullable Instant finishedAt, int stepsTotal, int stepsDone,
                      int infos, int warnings, int failures, @Nullable String message, List<StepView> steps) {

    public @Nullable Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public double progress() {
        return stepsTotal == 0 ? 1 : (double) stepsDone / stepsTotal;
    }
}
