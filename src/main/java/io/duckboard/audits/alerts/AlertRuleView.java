package io.duckboard.audits.alerts;

import io.duckboard.audits.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule as the alerts page shows it: which audit (null = any), from which severity, to which targets. */
public record AlertRuleView(long id, @Nullable String auditId, Severity minSeverity, int dedupWindowMinutes, List<String> targets) {
}
