package io.duckboard.audits.builtin;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the built-in audits, bound under {@code duckboard.audits.checks}.
 *
 * @param snapshotWarn   the serving data last confirmed current longer ago than this is a WARN …
 * @param snapshotFail   … and longer than this a FAIL
 * @param newestObjectWarn the newest file in the source older than this is a WARN (nobody exported lately)
 * @param nullRateWarn   a column with at least this share of empty values is a WARN …
 * @param nullRateFail   … and with at least this share a FAIL
 * @param earliestDate   dates before this are suspicious (Food.com opened in 1999)
 */
@ConfigurationProperties("duckboard.audits.checks")
public record ChecksProperties(
        @DefaultValue("3h") Duration snapshotWarn,
        @DefaultValue("24h") Duration snapshotFail,
        @DefaultValue("30d") Duration newestObjectWarn,
        @DefaultValue("0.05") double nullRateWarn,
        @DefaultValue("0.5") double nullRateFail,
        @DefaultValue("1999-01-01") LocalDate earliestDate) {
}
