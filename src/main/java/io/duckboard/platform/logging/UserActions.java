package io.duckboard.platform.logging;

import static net.logstash.logback.argument.StructuredArguments.entries;
import static net.logstash.logback.argument.StructuredArguments.kv;

import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes what people do to the user-interactions log ({@code {env}_user_interactions.log}), one JSON
 * line per event with its details as fields — the helpers our first users had in their Streamlit app.
 * Never pass secrets in details.
 */
@Component
public class UserActions {

    static final String LOGGER = "duckboard.user-interactions";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    /** Something a person did: {@code action("navigate", Map.of("to", "trends"))}. */
    public void action(String name, Map<String, ?> details) {
        log.info("action {}", kv("action", name), entries(Map.of("details", details)));
    }

    /** How long an operation took and how many records it handled, for the performance trail. */
    public void performance(String operation, Duration duration, long records) {
        log.info("performance {} took {} ms for {} records",
                kv("operation", operation), kv("durationMs", duration.toMillis()), kv("records", records));
    }
}
