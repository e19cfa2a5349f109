package io.duckboard.datasets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One load attempt as the UI, health and logs show it. The id of a SUCCEEDED load is its snapshot's version. */
public record DatasetLoadView(
        long id,
        LoadTrigger trigger,
        LoadStatus status,
        String source,
        Instant startedAt,
        @Nullable Instant finishedAt,
        Map<String, Long> rowCounts,
        long bytesRead,
        @Nullable String error,
        List<String> warnings) {

    public @Nullable Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
