package io.duckboard.audits.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/** An audit's schedule: cron, on or off, whether it is the built-in default, and the next runs. */
public record Schedule(String auditId, String cron, boolean enabled, boolean isDefault, List<ZonedDateTime> nextRuns) {
}
