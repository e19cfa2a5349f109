package io.duckboard.platform.logging;

import net.logstash.logback.encoder.LogstashEncoder;

/**
 * The one JSON shape of every log file: {@code timestamp, level, logger, thread, message}, the MDC
 * ({@code requestId}, later {@code user}), structured arguments, and {@code app}/{@code env}.
 * Declared once here instead of three times in {@code logback-spring.xml}.
 */
public class JsonLineEncoder extends LogstashEncoder {

    @Override
    public void start() {
        setIncludeContext(false);
        getFieldNames().setTimestamp("timestamp");
        getFieldNames().setLogger("logger");
        getFieldNames().setThread("thread");
        getFieldNames().setVersion("[ignore]");
        getFieldNames().setLevelValue("[ignore]");
        String env = getContext() == null ? null : getContext().getProperty("ENV");
        setCustomFields("{\"app\":\"duckboard\",\"env\":\"%s\"}".formatted(env == null ? "local" : env));
        super.start();
    }
}
