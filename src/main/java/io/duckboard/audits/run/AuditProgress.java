package io.duckboard.audits.run;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Live progress: whoever shows a run (a browser tab via Vaadin Push) subscribes and receives the
 * run's new state after every change. Subscribers of all runs (the audits list) use {@code 0}.
 */
@Component
public class AuditProgress {

    private static final Logger log = LoggerFactory.getLogger(AuditProgress.class);
    static final long ALL_RUNS = 0;

    private final Map<Long, List<Consumer<RunView>>> listeners = new ConcurrentHashMap<>();

    /** Returns what to call to stop listening. */
    public Runnable subscribe(long runId, Consumer<RunView> listener) {
        listeners.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(runId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public Runnable subscribeAll(Consumer<RunView> listener) {
        return subscribe(ALL_RUNS, listener);
    }

    void publish(RunView run) {
        notify(listeners.get(run.id()), run);
        notify(listeners.get(ALL_RUNS), run);
    }

    private static void notify(List<Consumer<RunView>> targets, RunView run) {
        if (targets == null) {
            return;
        }
        for (Consumer<RunView> listener : targets) {
            try {
                listener.accept(run);
            } catch (RuntimeException e) {
                log.warn("A progress listener of audit run {} failed: {}", run.id(), e.toString());
            }
        }
    }
}
