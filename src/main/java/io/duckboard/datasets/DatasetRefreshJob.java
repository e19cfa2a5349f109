package io.duckboard.datasets;

import io.duckboard.platform.flags.Flag;
import io.duckboard.platform.flags.RuntimeFlags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Checks the source once per refresh interval (read from the settings each minute, so a change in
 * the UI applies without a restart) while the {@code datasets.auto-refresh} flag is on. Unchanged
 * sources are not reloaded.
 */
@Component
class DatasetRefreshJob {

    static final Duration TICK = Duration.ofMinutes(1);

    private final DatasetService datasets;
    private final DatasetsProperties properties;
    private final DatasetSourceSettings settings;
    private final RuntimeFlags flags;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final AtomicReference<Instant> lastCheck = new AtomicReference<>();

    DatasetRefreshJob(DatasetService datasets, DatasetsProperties properties, DatasetSourceSettings settings,
                      RuntimeFlags flags, TaskScheduler scheduler, Clock clock) {
        this.datasets = datasets;
        this.properties = properties;
        this.settings = settings;
        this.flags = flags;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        lastCheck.set(clock.instant());
        if (properties.autoRefresh()) {
            scheduler.scheduleWithFixedDelay(this::tick, clock.instant().plus(TICK), TICK);
        }
    }

    /** Starts a scheduled load when the interval has passed; returns whether it did. */
    boolean tick() {
        Duration interval = settings.effective().refreshInterval();
        Instant now = clock.instant();
        if (!flags.isEnabled(Flag.DATASETS_AUTO_REFRESH) || interval.isZero() || interval.isNegative()
                || now.isBefore(lastCheck.get().plus(interval))) {
            return false;
        }
        lastCheck.set(now);
        datasets.reload(LoadTrigger.SCHEDULE);
        return true;
    }
}
