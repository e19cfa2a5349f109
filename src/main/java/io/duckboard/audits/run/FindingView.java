package io.duckboard.audits.run;

import io.duckboard.audits.Severity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A stored finding. */
public record FindingView(Severity severity, String key, String fingerprint, String message, long count,
                          List<Map<String, Object>> samples, @Nullable String recommendation) {
}
