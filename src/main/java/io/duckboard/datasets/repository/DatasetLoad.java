package io.duckboard.datasets.repository;

import io.duckboard.datasets.DatasetLoadView;
import io.duckboard.datasets.LoadStatus;
import io.duckboard.datasets.LoadTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A row of {@code dataset_load}. */
@Entity
@Table(name = "dataset_load")
public class DatasetLoad {

    private static final int TEXT_LIMIT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private LoadTrigger trigger;

    @Enumerated(EnumType.STRING)
    private LoadStatus status;

    private String source;
    private Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable String manifestHash;
    private @Nullable String snapshotFile;
    private @Nullable String rowCounts;
    private @Nullable Long bytesRead;
    private @Nullable String error;
    private @Nullable String warnings;

    protected DatasetLoad() {
        this(LoadTrigger.MANUAL, "", Instant.EPOCH);
    }

    public DatasetLoad(LoadTrigger trigger, String source, Instant startedAt) {
        this.trigger = trigger;
        this.status = LoadStatus.RUNNING;
        this.source = limit(source, 512);
        this.startedAt = startedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public LoadStatus status() {
        return status;
    }

    public @Nullable String manifestHash() {
        return manifestHash;
    }

    public @Nullable String snapshotFile() {
        return snapshotFile;
    }

    public void succeeded(Instant when, String manifest, String file, Map<String, Long> counts, long bytes, List<String> warningList) {
        finish(LoadStatus.SUCCEEDED, when);
        this.manifestHash = manifest;
        this.snapshotFile = file;
        this.rowCounts = counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        this.bytesRead = bytes;
        this.warnings = warningList.isEmpty() ? null : limit(String.join("\n", warningList), TEXT_LIMIT);
    }

    public void unchanged(Instant when, String manifest) {
        finish(LoadStatus.UNCHANGED, when);
        this.manifestHash = manifest;
    }

    public void failed(Instant when, String reason) {
        finish(LoadStatus.FAILED, when);
        this.error = limit(reason, TEXT_LIMIT);
    }

    public void interrupted(Instant when) {
        finish(LoadStatus.INTERRUPTED, when);
        this.error = "The application stopped while this load was running.";
    }

    public DatasetLoadView view() {
        return new DatasetLoadView(id(), trigger, status, source, startedAt, finishedAt, counts(),
                bytesRead == null ? 0 : bytesRead, error,
                warnings == null ? List.of() : List.of(warnings.split("\n")));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (rowCounts != null && !rowCounts.isBlank()) {
            Arrays.stream(rowCounts.split(",")).map(pair -> pair.split("=", 2))
                    .forEach(pair -> counts.put(pair[0], Long.parseLong(pair[1])));
        }
        return counts;
    }

    private void finish(LoadStatus outcome, Instant when) {
        this.status = outcome;
        this.finishedAt = when;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
