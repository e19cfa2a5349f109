package io.duckboard.platform.changes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change, as the history view lists it. Secret values are already masked. */
public record Change(long id, Instant at, String actor, String kind, String target, @Nullable String field,
                     @Nullable String oldValue, @Nullable String newValue) {
}
