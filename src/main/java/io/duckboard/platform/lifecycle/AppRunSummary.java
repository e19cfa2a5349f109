package io.duckboard.platform.lifecycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A past or current run, as the UI shows it. */
public record AppRunSummary(String version, String environment, Instant startedAt, @Nullable Instant stoppedAt) {

    public boolean endedCleanly() {
        return stoppedAt != null;
    }
}
