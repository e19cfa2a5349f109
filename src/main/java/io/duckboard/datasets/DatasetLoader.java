package io.duckboard.datasets;

import io.duckboard.datasets.load.BuildResult;
import io.duckboard.datasets.load.DatasetLayout;
import io.duckboard.datasets.load.SnapshotBuilder;
import io.duckboard.datasets.repository.DatasetLoadLog;
import io.duckboard.datasets.source.DatasetSource;
import io.duckboard.datasets.source.DatasetSources;
import io.duckboard.datasets.source.FetchProgress;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.duckdb.DuckDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load, end to end: list the source → skip if unchanged → fetch → build a new snapshot file →
 * switch readers to it → delete snapshots past the retention count. Every outcome is recorded;
 * on any failure the previous snapshot keeps serving, untouched.
 */
final class DatasetLoader {

    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

    private final DatasetsProperties properties;
    private final DatasetSourceSettings sourceSettings;
    private final SnapshotBuilder builder;
    private final DuckDb duckDb;
    private final DatasetLoadLog history;

    DatasetLoader(DatasetsProperties properties, DatasetSourceSettings sourceSettings, SnapshotBuilder builder, DuckDb duckDb,
                  DatasetLoadLog history) {
        this.properties = properties;
        this.sourceSettings = sourceSettings;
        this.builder = builder;
        this.duckDb = duckDb;
        this.history = history;
    }

    record Outcome(DatasetLoadView load, @Nullable Path snapshot, @Nullable String manifest) {
    }

    Outcome run(LoadTrigger trigger, @Nullable String servingManifest, Consumer<LoadProgress> progress) {
        DatasetSource source = DatasetSources.from(sourceSettings.effective());
        long id = history.start(trigger, source.description());
        Path staging = properties.stagingDir().resolve("load-" + id);
        try {
            progress.accept(new LoadProgress("Checking the source", 0.02, source.description()));
            DatasetLayout layout = DatasetLayout.detect(source.list(), source.description());
            String manifest = layout.manifestHash();
            if (manifest.equals(servingManifest)) {
                log.info("Dataset source unchanged ({}), nothing to reload", source.description());
                return new Outcome(history.unchanged(id, manifest), null, manifest);
            }
            Path root = source.fetch(layout.allFiles(), staging, downloadProgress(layout, progress));
            Path snapshot = properties.snapshotsDir().resolve("snapshot-%06d.duckdb".formatted(id));
            BuildResult built = builder.build(layout, root, snapshot, id, source.description(),
                    share -> progress.accept(new LoadProgress("Building the snapshot", 0.5 + 0.45 * share, "")));
            progress.accept(new LoadProgress("Switching readers to the new snapshot", 0.97, ""));
            duckDb.swapTo(snapshot, true);
            DatasetLoadView done = history.succeeded(id, manifest, snapshot, built.rowCounts(), layout.totalBytes(), built.warnings());
            log.info("Dataset snapshot v{} serving from {}: {}", id, source.description(), built.rowCounts());
            built.warnings().forEach(warning -> log.warn("Dataset snapshot v{}: {}", id, warning));
            deleteOldSnapshots(snapshot);
            return new Outcome(done, snapshot, manifest);
        } catch (UserFacingException e) {
            log.error("Dataset load {} from {} failed: {}", id, source.description(), e.getMessage());
            return new Outcome(history.failed(id, e.getMessage()), null, null);
        } catch (RuntimeException e) {
            log.error("Dataset load {} from {} failed unexpectedly", id, source.description(), e);
            return new Outcome(history.failed(id, "Unexpected error: " + e.getMessage()), null, null);
        } finally {
            DatasetSources.closeQuietly(source);
            deleteTree(staging);
        }
    }

    private static FetchProgress downloadProgress(DatasetLayout layout, Consumer<LoadProgress> progress) {
        long total = Math.max(1, layout.totalBytes());
        int files = layout.allFiles().size();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        return (more, objectDone) -> {
            long now = bytes.addAndGet(more);
            int finished = objectDone ? done.incrementAndGet() : done.get();
            progress.accept(new LoadProgress("Downloading", 0.05 + 0.45 * Math.min(1.0, (double) now / total),
                    "%.1f of %.1f MB, %d of %d files".formatted(now / 1e6, total / 1e6, finished, files)));
        };
    }

    /** Keeps the newest {@code retention} snapshot files (always the serving one); readers of an older one keep their open file. */
    private void deleteOldSnapshots(Path serving) {
        try (Stream<Path> files = Files.list(properties.snapshotsDir())) {
            List<Path> snapshots = files.filter(f -> f.getFileName().toString().matches("snapshot-\\d+\\.duckdb"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
            snapshots.stream().skip(Math.max(1, properties.retention()))
                    .filter(f -> !f.equals(serving))
                    .forEach(f -> {
                        deleteTree(f);
                        deleteTree(f.resolveSibling(f.getFileName() + ".wal"));
                        log.debug("Deleted old snapshot {}", f);
                    });
        } catch (IOException e) {
            log.warn("Could not clean old snapshots in {}: {}", properties.snapshotsDir(), e.getMessage());
        }
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", path, e.getMessage());
        }
    }
}
