package io.duckboard.audits;

import java.util.List;

/**
 * An audit: an id, a title, what it checks, ordered steps and a default schedule. Adding one is one
 * class annotated {@code @Component}: the registry finds it, the scheduler schedules it, the UI and
 * the API list it.
 */
public interface Audit {

    /** Lower-case words joined by dashes, used in URLs and the API: {@code data-quality}. */
    String id();

    String title();

    String description();

    List<AuditStep> steps();

    /** A Spring cron expression (six fields: second minute hour day month weekday). */
    String defaultCron();

    /** Whether the default schedule is on. */
    default boolean enabledByDefault() {
        return true;
    }
}
