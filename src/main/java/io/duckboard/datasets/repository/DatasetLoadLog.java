package io.duckboard.datasets.repository;

import io.duckboard.datasets.DatasetLoadView;
import io.duckboard.datasets.LoadStatus;
import io.duckboard.datasets.LoadTrigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the load history; each change is one short transaction. */
@Component
public class DatasetLoadLog {

    private final DatasetLoadRepository repository;
    private final Clock clock;

    DatasetLoadLog(DatasetLoadRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public long start(LoadTrigger trigger, String source) {
        return repository.save(new DatasetLoad(trigger, source, clock.instant())).id();
    }

    @Transactional
    public DatasetLoadView succeeded(long id, String manifest, Path file, Map<String, Long> counts, long bytes, List<String> warnings) {
        return update(id, load -> load.succeeded(clock.instant(), manifest, file.toString(), counts, bytes, warnings));
    }

    @Transactional
    public DatasetLoadView unchanged(long id, String manifest) {
        return update(id, load -> load.unchanged(clock.instant(), manifest));
    }

    @Transactional
    public DatasetLoadView failed(long id, String reason) {
        return update(id, load -> load.failed(clock.instant(), reason));
    }

    /** Loads left RUNNING by a stopped application are marked so, never left running forever. */
    @Transactional
    public int markInterrupted() {
        List<DatasetLoad> running = repository.findByStatus(LoadStatus.RUNNING);
        running.forEach(load -> load.interrupted(clock.instant()));
        return running.size();
    }

    /** The newest successful load whose snapshot file is still on disk, with its manifest. */
    @Transactional(readOnly = true)
    public Optional<ServableSnapshot> newestServable() {
        return repository.findByStatusOrderByIdDesc(LoadStatus.SUCCEEDED, Limit.of(10)).stream()
                .filter(load -> load.snapshotFile() != null && Files.isRegularFile(Path.of(load.snapshotFile())))
                .findFirst()
                .map(load -> new ServableSnapshot(load.view(), Path.of(load.snapshotFile()), load.manifestHash()));
    }

    @Transactional(readOnly = true)
    public Optional<DatasetLoadView> lastFinished() {
        return repository.findFirstByStatusNotOrderByIdDesc(LoadStatus.RUNNING).map(DatasetLoad::view);
    }

    @Transactional(readOnly = true)
    public List<DatasetLoadView> recent(int limit) {
        return repository.findAllByOrderByIdDesc(Limit.of(limit)).stream().map(DatasetLoad::view).toList();
    }

    private DatasetLoadView update(long id, Consumer<DatasetLoad> change) {
        DatasetLoad load = repository.findById(id).orElseThrow();
        change.accept(load);
        return load.view();
    }

    /** A snapshot that can serve: its load, file and the manifest it was built from. */
    public record ServableSnapshot(DatasetLoadView load, Path file, String manifestHash) {
    }
}
