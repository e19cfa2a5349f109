package io.duckboard.platform.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedThrowable} for the console: stack traces with known secrets replaced (exception messages can carry them). */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return KnownSecrets.mask(super.convert(event));
    }
}
