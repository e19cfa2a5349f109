package io.duckboard.datasets;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code datasets} health: UP while a snapshot serves and the last load did not fail; DEGRADED
 * (HTTP 200, still ready) while an older snapshot serves after a failed load; UNKNOWN during the
 * first load; DOWN when nothing serves because loading failed.
 */
@Component("datasets")
class DatasetsHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "An older snapshot serves: the last load failed");

    private final DatasetService datasets;

    DatasetsHealthIndicator(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public Health health() {
        DatasetStatus status = datasets.status();
        DatasetLoadView serving = status.serving();
        DatasetLoadView last = status.lastAttempt();
        if (serving == null) {
            Health.Builder builder = status.loading() ? Health.unknown()
                    : last != null && last.status() == LoadStatus.FAILED ? Health.down() : Health.unknown();
            if (status.progress() != null) {
                builder.withDetail("loading", status.progress().phase());
            }
            if (last != null && last.error() != null) {
                builder.withDetail("lastError", last.error());
            }
            return builder.build();
        }
        Health.Builder builder = status.degraded() ? Health.status(DEGRADED) : Health.up();
        builder.withDetail("snapshotVersion", serving.id())
               .withDetail("loadedAt", String.valueOf(serving.finishedAt()))
               .withDetail("source", serving.source())
               .withDetail("rows", serving.rowCounts());
        if (last != null) {
            builder.withDetail("lastAttempt", last.status() + " at " + last.finishedAt());
            if (last.status() == LoadStatus.FAILED && last.error() != null) {
                builder.withDetail("lastError", last.error());
            }
        }
        if (status.loading()) {
            builder.withDetail("loading", status.progress().phase());
        }
        return builder.build();
    }
}
