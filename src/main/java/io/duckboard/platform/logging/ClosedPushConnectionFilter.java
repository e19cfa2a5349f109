package io.duckboard.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Vaadin's push library (Atmosphere) logs "Failed to cancel resource" at ERROR, with a stack trace,
 * whenever a browser goes away while the server is writing to its websocket: a tab closed or a
 * network switch, nothing anybody can act on. It would fill the errors log that operators watch, so
 * this filter keeps it out of the error level and writes one DEBUG line instead.
 */
public class ClosedPushConnectionFilter extends TurboFilter {

    static final String NOISE = "Failed to cancel resource";
    private static final org.slf4j.Logger DEBUG = LoggerFactory.getLogger("io.duckboard.platform.push");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == Level.ERROR && format != null && format.startsWith(NOISE) && logger.getName().startsWith("org.atmosphere")) {
            DEBUG.debug("A browser's push connection closed while the server was writing to it ({})",
                    t == null ? "no detail" : t.getMessage());
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
