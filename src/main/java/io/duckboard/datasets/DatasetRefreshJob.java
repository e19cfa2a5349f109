package io.duckboard.datasets;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/** Checks the source every {@code duckboard.datasets.refresh-interval}; unchanged sources are not reloaded. */
@Component
class DatasetRefreshJob {

    private final DatasetService datasets;
    private final DatasetsProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;

    DatasetRefreshJob(DatasetService datasets, DatasetsProperties properties, TaskScheduler scheduler, Clock clock) {
        this.datasets = datasets;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        Duration interval = properties.refreshInterval();
        if (properties.autoRefresh() && !interval.isZero() && !interval.isNegative()) {
            scheduler.scheduleWithFixedDelay(() -> datasets.reload(LoadTrigger.SCHEDULE), clock.instant().plus(interval), interval);
        }
    }
}
