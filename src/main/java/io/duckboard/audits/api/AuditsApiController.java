package io.duckboard.audits.api;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.run.AuditRunStore;
import io.duckboard.audits.run.AuditRunner;
import io.duckboard.audits.run.RunTrigger;
import io.duckboard.audits.run.RunView;
import io.duckboard.audits.run.StartedRun;
import io.duckboard.audits.schedule.AuditScheduleService;
import io.duckboard.audits.schedule.Schedule;
import java.net.URI;
import java.security.Principal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audits API, as the shop tool had it: list, run, and the latest runs or one run in full.
 * Access is declared in the security configuration (VIEWER reads, ANALYST runs, or a key with scope audits).
 */
@RestController
@RequestMapping("/api/audits")
class AuditsApiController {

    private final AuditRegistry registry;
    private final AuditScheduleService schedules;
    private final AuditRunner runner;
    private final AuditRunStore runs;

    AuditsApiController(AuditRegistry registry, AuditScheduleService schedules, AuditRunner runner, AuditRunStore runs) {
        this.registry = registry;
        this.schedules = schedules;
        this.runner = runner;
        this.runs = runs;
    }

    record AuditSummary(String id, String title, String description, ScheduleSummary schedule, @Nullable RunSummary lastRun) {
    }

    record ScheduleSummary(String cron, boolean enabled, List<ZonedDateTime> nextRuns) {
    }

    record RunSummary(long id, String auditId, String status, String trigger, String requestedBy, String startedAt,
                      @Nullable String finishedAt, int stepsTotal, int stepsDone, int infos, int warnings, int failures) {
        static RunSummary of(RunView run) {
            return new RunSummary(run.id(), run.auditId(), run.status().name(), run.trigger().name(), run.requestedBy(),
                    run.startedAt().toString(), run.finishedAt() == null ? null : run.finishedAt().toString(), run.stepsTotal(),
                    run.stepsDone(), run.infos(), run.warnings(), run.failures());
        }
    }

    @GetMapping
    List<AuditSummary> list() {
        return registry.all().stream().map(this::summary).toList();
    }

    @PostMapping("/run/{id}")
    ResponseEntity<Map<String, Object>> run(@PathVariable String id, Principal caller) {
        StartedRun started = runner.start(id, RunTrigger.API, caller.getName());
        URI location = URI.create("/api/audits/session?runId=" + started.runId());
        return ResponseEntity.accepted().location(location).body(Map.of(
                "runId", started.runId(),
                "auditId", registry.get(id).id(),
                "alreadyRunning", started.alreadyRunning(),
                "status", location.toString()));
    }

    /** Without {@code runId}: the latest run of each audit. With it: that run, its steps and findings. */
    @GetMapping("/session")
    Object session(@RequestParam(name = "runId", required = false) @Nullable String runIdText) {
        if (runIdText == null) {
            return registry.all().stream().flatMap(audit -> runs.latest(audit.id()).stream()).map(RunSummary::of).toList();
        }
        long runId = BadRunIdException.parse(runIdText);
        return runs.run(runId).orElseThrow(() -> new UnknownRunException(runId));
    }

    private AuditSummary summary(Audit audit) {
        Schedule schedule = schedules.of(audit.id());
        return new AuditSummary(audit.id(), audit.title(), audit.description(),
                new ScheduleSummary(schedule.cron(), schedule.enabled(), schedule.nextRuns()),
                runs.latest(audit.id()).map(RunSummary::of).orElse(null));
    }
}
