package io.duckboard.audits;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a step found.
 *
 * @param key            stable within the step (e.g. {@code null-rate:recipes.description}): with the audit
 *                       and step it makes the fingerprint alerts use to recognise "the same finding"
 * @param count          how many rows or items it concerns (0 when it is not a count)
 * @param samples        up to a few example rows, column → value
 * @param recommendation what to do about it, for WARN and FAIL
 */
public record Finding(String key, Severity severity, String message, long count, List<Map<String, Object>> samples,
                      @Nullable String recommendation) {

    public Finding {
        samples = List.copyOf(samples);
    }

    public static Finding info(String key, String message) {
        return new Finding(key, Severity.INFO, message, 0, List.of(), null);
    }

    public static Finding of(Severity severity, String key, String message, long count, List<Map<String, Object>> samples,
                             @Nullable String recommendation) {
        return new Finding(key, severity, message, count, samples, recommendation);
    }
}
