package io.duckboard.audits.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A step of a run with its findings. */
public record StepView(int position, String key, String title, StepStatus status, @Nullable Instant startedAt,
                       @Nullable Instant finishedAt, int attempts, @Nullable String error, List<FindingView> findings) {

    public @Nullable Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
