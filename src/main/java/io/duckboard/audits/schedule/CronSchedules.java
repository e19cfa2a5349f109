package io.duckboard.audits.schedule;

import io.duckboard.platform.UserFacingException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;

/** Validates Spring cron expressions in words and lists the next times they fire. */
public final class CronSchedules {

    private CronSchedules() {
    }

    /** Parses, or throws a message that says what to write instead. */
    public static CronExpression parse(String cron) {
        String text = cron == null ? "" : cron.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("Enter a schedule, e.g. '0 0 * * * *' (every hour) or '@daily'.");
        }
        CronExpression expression;
        try {
            expression = CronExpression.parse(text);
        } catch (IllegalArgumentException e) {
            int fields = text.split("\\s+").length;
            String hint = !text.startsWith("@") && fields != 6
                    ? "It has " + fields + " field(s); Spring cron has 6: second minute hour day-of-month month day-of-week, e.g. '0 30 6 * * MON-FRI'."
                    : "Check each field: second minute hour day-of-month month day-of-week, e.g. '0 30 6 * * MON-FRI', or a macro like '@daily'.";
            throw new UserFacingException("'" + text + "' is not a valid schedule. " + hint);
        }
        if (expression.next(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)) == null) {
            throw new UserFacingException("'" + text + "' never fires (no such date, e.g. 30 February). Turn the schedule off instead.");
        }
        return expression;
    }

    /** The next {@code count} times after {@code from}. */
    public static List<ZonedDateTime> next(String cron, ZonedDateTime from, int count) {
        CronExpression expression = parse(cron);
        List<ZonedDateTime> times = new ArrayList<>();
        ZonedDateTime at = from;
        for (int i = 0; i < count; i++) {
            at = expression.next(at);
            if (at == null) {
                break;
            }
            times.add(at);
        }
        return times;
    }
}
