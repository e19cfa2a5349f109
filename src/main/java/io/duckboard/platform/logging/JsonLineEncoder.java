package io.duckboard.platform.logging;

import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;

/**
 * The one JSON shape of every log file: {@code timestamp, level, logger, thread, message}, the MDC
 * ({@code requestId}, later {@code user}), structured arguments, and {@code app}/{@code env}.
 * Declared once here instead of three times in {@code logback-spring.xml}. Known secret values are
 * masked in every field, stack traces included (see {@link KnownSecrets}).
 */
public class JsonLineEncoder extends LogstashEncoder {

    private String env = "local";

    /** Set from {@code <env>${ENV}</env>} in {@code logback-spring.xml}. */
    public void setEnv(String env) {
        this.env = env;
    }

    @Override
    public void start() {
        setIncludeContext(false);
        getFieldNames().setTimestamp("timestamp");
        getFieldNames().setLogger("logger");
        getFieldNames().setThread("thread");
        getFieldNames().setVersion("[ignore]");
        getFieldNames().setLevelValue("[ignore]");
        setCustomFields("{\"app\":\"duckboard\",\"env\":\"%s\"}".formatted(env));
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMasker((context, value) -> value instanceof String text ? KnownSecrets.mask(text) : null);
        masking.start();
        addDecorator(masking);
        super.start();
    }
}
