package io.duckboard.settings.webhooks;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The outcome of one POST: the HTTP status (0 when none came back), how long it took, and the reason if it failed. */
public record Delivery(boolean delivered, int status, Duration took, @Nullable String problem) {
}
