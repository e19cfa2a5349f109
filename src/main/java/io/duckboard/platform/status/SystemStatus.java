package io.duckboard.platform.status;

import io.duckboard.platform.environment.AppEnvironment;
import io.duckboard.platform.lifecycle.AppRunSummary;
import io.duckboard.platform.lifecycle.AppRuns;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.stereotype.Service;

/** Reads version, environment, uptime and component health for the Home view; the same health actuator serves. */
@Service
public class SystemStatus {

    private final HealthEndpoint healthEndpoint;
    private final AppRuns appRuns;
    private final AppEnvironment environment;
    private final Clock clock;

    SystemStatus(HealthEndpoint healthEndpoint, AppRuns appRuns, AppEnvironment environment, Clock clock) {
        this.healthEndpoint = healthEndpoint;
        this.appRuns = appRuns;
        this.environment = environment;
        this.clock = clock;
    }

    public String version() {
        return appRuns.version();
    }

    public AppEnvironment environment() {
        return environment;
    }

    public Duration uptime() {
        return Duration.between(appRuns.startedAt(), clock.instant());
    }

    public Optional<AppRunSummary> previousRun() {
        return appRuns.previous();
    }

    /** Every health component, in the order actuator reports them. */
    public List<ComponentHealth> components() {
        HealthDescriptor health = healthEndpoint.health();
        List<ComponentHealth> result = new ArrayList<>();
        if (health instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, component) -> result.add(toComponent(name, component)));
        }
        return result;
    }

    private static ComponentHealth toComponent(String name, HealthDescriptor descriptor) {
        Map<String, Object> details = descriptor instanceof IndicatedHealthDescriptor indicated
                ? indicated.getDetails() : Map.of();
        return new ComponentHealth(name, descriptor.getStatus().getCode(), details == null ? Map.of() : details);
    }
}
