package io.duckboard.audits.builtin;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditStep;
import io.duckboard.audits.Finding;
import io.duckboard.audits.Severity;
import io.duckboard.audits.TransientAuditException;
import io.duckboard.datasets.DatasetLoadView;
import io.duckboard.datasets.DatasetService;
import io.duckboard.datasets.DatasetSourceSettings;
import io.duckboard.datasets.DatasetStatus;
import io.duckboard.datasets.LoadStatus;
import io.duckboard.datasets.source.DatasetSource;
import io.duckboard.datasets.source.DatasetSources;
import io.duckboard.datasets.source.SourceException;
import io.duckboard.datasets.source.SourceObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Is the dataset current? The source answers and lists its files, the newest file is recent, the
 * serving snapshot was confirmed current lately, and the last load did not fail.
 */
@Component
public class DatasetFreshnessAudit implements Audit {

    private final DatasetSourceSettings sources;
    private final DatasetService datasets;
    private final ChecksProperties checks;
    private final Clock clock;

    DatasetFreshnessAudit(DatasetSourceSettings sources, DatasetService datasets, ChecksProperties checks, Clock clock) {
        this.sources = sources;
        this.datasets = datasets;
        this.checks = checks;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "dataset-freshness";
    }

    @Override
    public String title() {
        return "Dataset freshness & source";
    }

    @Override
    public String description() {
        return "The data source answers and lists its files, the newest file and the serving snapshot are recent, "
                + "and the last load did not fail.";
    }

    @Override
    public String defaultCron() {
        return "0 5 * * * *";
    }

    @Override
    public List<AuditStep> steps() {
        return List.of(
                AuditStep.of("source", "Source reachable, objects listed", this::source),
                AuditStep.of("newest-object", "Newest object age", this::newestObject),
                AuditStep.of("snapshot-age", "Snapshot age", this::snapshotAge),
                AuditStep.of("last-load", "Last load", this::lastLoad));
    }

    List<Finding> source() {
        List<SourceObject> objects = list();
        long bytes = objects.stream().mapToLong(SourceObject::size).sum();
        if (objects.isEmpty()) {
            return List.of(Finding.of(Severity.FAIL, "source-empty", "The source " + sourceName() + " answers but holds no file.", 0,
                    List.of(), "Export the dataset to the source, or point Settings › Data source at the right place."));
        }
        return List.of(Finding.info("source", "%s answered: %,d object(s), %.1f MB.".formatted(sourceName(), objects.size(), bytes / 1e6)));
    }

    List<Finding> newestObject() {
        Optional<SourceObject> newest = list().stream().filter(o -> o.modified() != null).max(Comparator.comparing(SourceObject::modified));
        if (newest.isEmpty()) {
            return List.of(Finding.info("newest-object", "The source gives no modification times."));
        }
        Duration age = Duration.between(newest.get().modified(), clock.instant());
        Map<String, Object> sample = Map.of("key", newest.get().key(), "modified", newest.get().modified().toString());
        if (age.compareTo(checks.newestObjectWarn()) > 0) {
            return List.of(Finding.of(Severity.WARN, "newest-object-old", "The newest file, %s, is %s old (threshold %s)."
                    .formatted(newest.get().key(), human(age), human(checks.newestObjectWarn())), 1, List.of(sample),
                    "Check that the export job that writes the source still runs."));
        }
        return List.of(Finding.info("newest-object", "The newest file, %s, is %s old.".formatted(newest.get().key(), human(age))));
    }

    List<Finding> snapshotAge() {
        DatasetStatus status = datasets.status();
        if (status.serving() == null) {
            return List.of(Finding.of(Severity.FAIL, "no-snapshot", "No snapshot serves: dashboards have no data.", 0, List.of(),
                    "Look at the last load's error on the Data page and fix the source."));
        }
        Instant confirmed = lastConfirmed(status);
        Duration age = Duration.between(confirmed, clock.instant());
        Severity severity = age.compareTo(checks.snapshotFail()) > 0 ? Severity.FAIL
                : age.compareTo(checks.snapshotWarn()) > 0 ? Severity.WARN : Severity.INFO;
        String message = "Snapshot v%d was last confirmed current %s ago.".formatted(status.serving().id(), human(age));
        return List.of(severity == Severity.INFO ? Finding.info("snapshot-age", message)
                : Finding.of(severity, "snapshot-age", message + " Threshold: " + human(severity == Severity.FAIL
                        ? checks.snapshotFail() : checks.snapshotWarn()) + ".", 1, List.of(),
                "Check that automatic refresh is on (runtime flag datasets.auto-refresh) and that loads succeed."));
    }

    List<Finding> lastLoad() {
        DatasetLoadView last = datasets.status().lastAttempt();
        if (last == null) {
            return List.of(Finding.info("last-load", "No load has finished yet."));
        }
        if (last.status() == LoadStatus.FAILED) {
            return List.of(Finding.of(Severity.FAIL, "last-load-failed", "The last load (#%d, %s) failed: %s"
                    .formatted(last.id(), last.startedAt(), last.error()), 1, List.of(Map.of("load", last.id(), "source", last.source())),
                    "Fix what the error says, then press Reload on the Data page; the previous snapshot keeps serving meanwhile."));
        }
        List<Finding> warnings = last.warnings().stream()
                .map(w -> Finding.of(Severity.WARN, "load-warning:" + w.replaceAll("[\\d,]+", "#"), "Load #" + last.id() + ": " + w, 0, List.of(),
                        "See the Data page for the load's details.")).toList();
        return warnings.isEmpty() ? List.of(Finding.info("last-load", "The last load (#%d) ended %s.".formatted(last.id(), last.status())))
                : warnings;
    }

    private Instant lastConfirmed(DatasetStatus status) {
        return datasets.history(50).stream()
                .filter(l -> l.status() == LoadStatus.SUCCEEDED || l.status() == LoadStatus.UNCHANGED)
                .map(l -> l.finishedAt() == null ? l.startedAt() : l.finishedAt())
                .max(Comparator.naturalOrder())
                .orElse(status.serving().startedAt());
    }

    private List<SourceObject> list() {
        DatasetSource source = DatasetSources.from(sources.effective());
        try {
            return source.list();
        } catch (SourceException e) {
            throw new TransientAuditException(e.getMessage(), e);
        } finally {
            DatasetSources.closeQuietly(source);
        }
    }

    private String sourceName() {
        DatasetSource source = DatasetSources.from(sources.effective());
        try {
            return source.description();
        } finally {
            DatasetSources.closeQuietly(source);
        }
    }

    static String human(Duration duration) {
        if (duration.toDays() >= 2) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() >= 2) {
            return duration.toHours() + " h";
        }
        return duration.toMinutes() < 2 ? duration.toSeconds() + " s" : duration.toMinutes() + " min";
    }
}
