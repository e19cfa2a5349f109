package io.duckboard.audits.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the delivery log. */
public record AlertDeliveryView(long id, Instant at, long ruleId, String target, @Nullable Long runId, String auditId, int findings,
                                DeliveryStatus status, int attempts, int httpStatus, @Nullable String problem) {
}
