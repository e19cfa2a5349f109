package io.duckboard.platform.flags;

import java.util.List;

/** A runtime flag known to the application, with its default and what it does. */
public record Flag(String name, Kind kind, String defaultValue, String description) {

    public enum Kind { BOOLEAN, NUMBER }

    public static final Flag DATASETS_AUTO_REFRESH = new Flag("datasets.auto-refresh", Kind.BOOLEAN, "true",
            "Check the data source on the refresh interval and reload when it changed.");
    public static final Flag INGESTION_ENABLED = new Flag("ingestion.enabled", Kind.BOOLEAN, "true",
            "Accept events from the owner's sites.");
    public static final Flag AUDITS_ENABLED = new Flag("audits.enabled", Kind.BOOLEAN, "true",
            "Run scheduled audits.");
    public static final Flag ALERTS_MUTED = new Flag("alerts.muted", Kind.BOOLEAN, "false",
            "Send no alert to any webhook (deliveries are still logged as muted).");
    public static final Flag PREVIEW_ROWS = new Flag("datasets.preview-page-size", Kind.NUMBER, "50",
            "Rows per page in the data preview.");

    public static final List<Flag> ALL = List.of(DATASETS_AUTO_REFRESH, INGESTION_ENABLED, AUDITS_ENABLED, ALERTS_MUTED, PREVIEW_ROWS);

    /** Whether {@code value} is acceptable for this flag; the message says what would be. */
    public String problemWith(String value) {
        if (kind == Kind.BOOLEAN) {
            return value.equals("true") || value.equals("false") ? null : name + " is true or false, not '" + value + "'";
        }
        try {
            Double.parseDouble(value);
            return null;
        } catch (NumberFormatException e) {
            return name + " needs a number, not '" + value + "'";
        }
    }
}
