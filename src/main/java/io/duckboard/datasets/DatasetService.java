package io.duckboard.datasets;

import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GenerationResult;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.datasets.load.SnapshotBuilder;
import io.duckboard.datasets.repository.DatasetLoadLog;
import io.duckboard.datasets.repository.DatasetLoadLog.ServableSnapshot;
import io.duckboard.datasets.source.LocalFolderSource;
import io.duckboard.platform.duckdb.DuckDb;
import io.duckboard.platform.duckdb.DuckDbProperties;
import io.duckboard.platform.logging.UserActions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The dataset's public face: what serves, what happened last, reloads (one at a time, on a
 * background thread, never in a request), progress for the UI, and the catalog of the serving
 * snapshot.
 */
@Service
public class DatasetService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);

    private final DatasetsProperties properties;
    private final DatasetSourceSettings sourceSettings;
    private final DatasetLoader loader;
    private final DatasetLoadLog history;
    private final DuckDb duckDb;
    private final DemoDataGenerator generator;
    private final ApplicationEventPublisher events;
    private final UserActions userActions;
    private final DatasetCatalog catalog;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("dataset-loader").daemon().factory());
    private final List<Consumer<DatasetStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private volatile @Nullable ServableSnapshot serving;
    private volatile @Nullable DatasetLoadView lastAttempt;
    private volatile @Nullable LoadProgress progress;
    private @Nullable CompletableFuture<DatasetLoadView> running;

    DatasetService(DatasetsProperties properties, DatasetSourceSettings sourceSettings, DuckDbProperties duckDbProperties,
                   DuckDb duckDb, DatasetLoadLog history, ApplicationEventPublisher events, UserActions userActions, Clock clock) {
        this.properties = properties;
        this.history = history;
        this.duckDb = duckDb;
        this.events = events;
        this.userActions = userActions;
        this.generator = new DemoDataGenerator(duckDbProperties);
        this.loader = new DatasetLoader(properties, sourceSettings, new SnapshotBuilder(duckDbProperties, clock), duckDb, history);
        this.sourceSettings = sourceSettings;
        this.catalog = new DatasetCatalog(duckDb);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnStart() {
        reload(LoadTrigger.STARTUP);
    }

    /** Starts a load, or returns the one already running. */
    public CompletableFuture<DatasetLoadView> reload(LoadTrigger trigger) {
        synchronized (lock) {
            if (running != null && !running.isDone()) {
                return running;
            }
            progress = new LoadProgress("Queued", 0, trigger.name().toLowerCase());
            running = CompletableFuture.supplyAsync(() -> runLoad(trigger), executor);
            return running;
        }
    }

    public DatasetStatus status() {
        ServableSnapshot now = serving;
        return new DatasetStatus(now == null ? null : now.load(), lastAttempt, progress);
    }

    /** Called on every progress step and when a load ends, on the loader's thread. */
    public Runnable onChange(Consumer<DatasetStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public List<TableInfo> tables() {
        ServableSnapshot now = serving;
        return now == null ? List.of() : catalog.tables(now.load());
    }

    /** Rows {@code offset..offset+limit} of a table of the serving snapshot, as display text. */
    public List<List<String>> preview(String table, int offset, int limit) {
        return catalog.preview(tables(), table, offset, limit);
    }

    public List<DatasetLoadView> history(int limit) {
        return history.recent(limit);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private DatasetLoadView runLoad(LoadTrigger trigger) {
        try {
            if (trigger == LoadTrigger.STARTUP) {
                prepareStartup();
            }
            ServableSnapshot before = serving;
            DatasetLoader.Outcome outcome = loader.run(trigger, before == null ? null : before.manifestHash(), this::progressed);
            if (outcome.load().status() == LoadStatus.SUCCEEDED && outcome.snapshot() != null && outcome.manifest() != null) {
                serving = new ServableSnapshot(outcome.load(), outcome.snapshot(), outcome.manifest());
                events.publishEvent(new DatasetLoaded(outcome.load().id()));
            }
            lastAttempt = outcome.load();
            if (outcome.load().duration() != null) {
                userActions.performance("dataset-load", outcome.load().duration(),
                        outcome.load().rowCounts().values().stream().mapToLong(Long::longValue).sum());
            }
            return outcome.load();
        } finally {
            progress = null;
            notifyListeners();
        }
    }

    /** After a restart: serve the newest snapshot at once, then fill an empty default lake with demo data. */
    private void prepareStartup() {
        int interrupted = history.markInterrupted();
        if (interrupted > 0) {
            log.warn("{} dataset load(s) were interrupted by the last shutdown", interrupted);
        }
        history.newestServable().ifPresent(snapshot -> {
            duckDb.swapTo(snapshot.file(), true);
            serving = snapshot;
            events.publishEvent(new DatasetLoaded(snapshot.load().id()));
        });
        lastAttempt = history.lastFinished().orElse(null);
        DatasetsProperties source = sourceSettings.effective();
        if (source.source() == DatasetsProperties.SourceType.LOCAL && properties.demo().generateIfEmpty()
                && new LocalFolderSource(source.local().path()).list().isEmpty()) {
            progressed(new LoadProgress("Generating demo data", 0.01, "scale " + properties.demo().scale()));
            GenerationResult generated = generator.generate(
                    new GeneratorSpec(properties.demo().scale(), properties.demo().seed()), source.local().path());
            log.info("The lake was empty: generated demo data, {}", generated);
        }
    }

    private void progressed(LoadProgress step) {
        progress = step;
        notifyListeners();
    }

    private void notifyListeners() {
        DatasetStatus now = status();
        for (Consumer<DatasetStatus> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                log.debug("A dataset status listener failed: {}", e.getMessage());
            }
        }
    }
}
