package io.duckboard.audits.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Status and severity badges, and the time formats the audit pages share. */
final class Badges {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Badges() {
    }

    static Span of(Enum<?> value) {
        Span badge = new Span(value.name());
        badge.addClassNames("audit-badge", "audit-badge--" + value.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    static String duration(@Nullable Duration duration) {
        if (duration == null) {
            return "";
        }
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : millis < 120_000 ? "%.1f s".formatted(millis / 1000.0) : duration.toMinutes() + " min";
    }
}
