package io.duckboard.platform.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One start of the application; {@code stoppedAt} is set when it shut down cleanly. */
@Entity
@Table(name = "app_run")
class AppRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String version;
    private String environment;
    private Instant startedAt;
    private @Nullable Instant stoppedAt;

    protected AppRun() {
        this("", "", Instant.EPOCH);
    }

    AppRun(String version, String environment, Instant startedAt) {
        this.version = version;
        this.environment = environment;
        this.startedAt = startedAt;
    }

    @Nullable Long id() {
        return id;
    }

    void stoppedAt(Instant when) {
        this.stoppedAt = when;
    }

    AppRunSummary summary() {
        return new AppRunSummary(version, environment, startedAt, stoppedAt);
    }
}
