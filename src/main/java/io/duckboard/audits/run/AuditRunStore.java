package io.duckboard.audits.run;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.AuditStep;
import io.duckboard.audits.Finding;
import io.duckboard.audits.Severity;
import io.duckboard.audits.repository.AuditFindingEntity;
import io.duckboard.audits.repository.AuditFindingRepository;
import io.duckboard.audits.repository.AuditRunEntity;
import io.duckboard.audits.repository.AuditRunRepository;
import io.duckboard.audits.repository.AuditStepRunEntity;
import io.duckboard.audits.repository.AuditStepRunRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes runs, steps and findings as they happen, each change in its own transaction, and reads them
 * back as views. A change to a run that is no longer RUNNING (a restart marked it INTERRUPTED) is
 * ignored, so a late worker never rewrites history.
 */
@Service
public class AuditRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Map<String, Object>>> SAMPLES = new TypeReference<>() {
    };

    private final AuditRunRepository runs;
    private final AuditStepRunRepository steps;
    private final AuditFindingRepository findings;
    private final AuditRegistry registry;
    private final Clock clock;

    AuditRunStore(AuditRunRepository runs, AuditStepRunRepository steps, AuditFindingRepository findings, AuditRegistry registry,
                  Clock clock) {
        this.runs = runs;
        this.steps = steps;
        this.findings = findings;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public long create(Audit audit, RunTrigger trigger, String requestedBy, String instance) {
        AuditRunEntity run = runs.save(new AuditRunEntity(audit.id(), trigger, requestedBy, clock.instant(), instance, audit.steps().size()));
        int position = 0;
        for (AuditStep step : audit.steps()) {
            steps.save(new AuditStepRunEntity(run.id(), position++, step.key(), step.title()));
        }
        return run.id();
    }

    @Transactional
    public boolean stepStarted(long runId, int position) {
        return whileRunning(runId, run -> {
            run.beat(clock.instant());
            step(runId, position).start(clock.instant());
        });
    }

    @Transactional
    public boolean stepRetrying(long runId, int position, int nextAttempt, String reason) {
        return whileRunning(runId, run -> {
            run.beat(clock.instant());
            step(runId, position).retrying(nextAttempt, reason);
        });
    }

    @Transactional
    public boolean stepAttempt(long runId, int position, int attempt) {
        return whileRunning(runId, run -> step(runId, position).attempt(attempt));
    }

    /** Records the step's end and its findings; the step's status follows from the worst finding. */
    @Transactional
    public boolean stepFinished(long runId, int position, String auditId, List<Finding> found) {
        return whileRunning(runId, run -> {
            AuditStepRunEntity step = step(runId, position);
            for (Finding finding : found) {
                findings.save(new AuditFindingEntity(runId, step.id(), finding.severity(), limit(finding.key(), 200),
                        fingerprint(auditId, step.stepKey(), finding.key()), limit(finding.message(), 2000), finding.count(),
                        samplesJson(finding.samples()), finding.recommendation() == null ? null : limit(finding.recommendation(), 2000)));
            }
            Severity worst = found.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.INFO);
            step.finish(switch (worst) {
                case INFO -> StepStatus.PASSED;
                case WARN -> StepStatus.WARNED;
                case FAIL -> StepStatus.FAILED;
            }, null, clock.instant());
            run.stepDone(count(found, Severity.INFO), count(found, Severity.WARN), count(found, Severity.FAIL), clock.instant());
        });
    }

    /**
     * The step could not complete (error, timeout, retries exhausted) or was cancelled. An ERROR also
     * becomes a FAIL finding, so that history counts it and alert rules route it.
     */
    @Transactional
    public boolean stepEnded(long runId, int position, String auditId, StepStatus status, String reason) {
        return whileRunning(runId, run -> {
            AuditStepRunEntity step = step(runId, position);
            step.finish(status, reason, clock.instant());
            boolean error = status == StepStatus.ERROR;
            if (error) {
                findings.save(new AuditFindingEntity(runId, step.id(), Severity.FAIL, "step-error",
                        fingerprint(auditId, step.stepKey(), "step-error"), limit("“" + step.title() + "” could not complete: " + reason, 2000),
                        0, "[]", "Fix the cause above; the step runs again with the next run."));
            }
            run.stepDone(0, 0, error ? 1 : 0, clock.instant());
        });
    }

    /** Ends the run: steps never reached are SKIPPED; the status follows from what the steps did unless given. */
    @Transactional
    public boolean finish(long runId, @Nullable RunStatus forced, @Nullable String message) {
        return whileRunning(runId, run -> {
            List<AuditStepRunEntity> all = steps.findByRunIdOrderByPosition(runId);
            all.stream().filter(s -> !s.status().finished()).forEach(s -> s.finish(StepStatus.SKIPPED, null, clock.instant()));
            run.finish(forced != null ? forced : outcome(all, run), message, clock.instant());
        });
    }

    @Transactional
    public void beat(long runId) {
        runs.findById(runId).filter(r -> r.status() == RunStatus.RUNNING).ifPresent(r -> r.beat(clock.instant()));
    }

    /** Marks RUNNING runs INTERRUPTED (with their unfinished steps); returns their ids. */
    @Transactional
    public List<Long> interrupt(java.util.function.Predicate<AuditRunEntity> which, String reason) {
        List<AuditRunEntity> stale = runs.findByStatus(RunStatus.RUNNING).stream().filter(which).toList();
        for (AuditRunEntity run : stale) {
            for (AuditStepRunEntity step : steps.findByRunIdOrderByPosition(run.id())) {
                if (step.status() == StepStatus.PENDING) {
                    step.finish(StepStatus.SKIPPED, null, clock.instant());
                } else if (!step.status().finished()) {
                    step.finish(StepStatus.INTERRUPTED, reason, clock.instant());
                }
            }
            run.finish(RunStatus.INTERRUPTED, reason, clock.instant());
        }
        return stale.stream().map(AuditRunEntity::id).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RunView> run(long runId) {
        return runs.findById(runId).map(run -> view(run, true));
    }

    @Transactional(readOnly = true)
    public Optional<RunView> latest(String auditId) {
        return runs.findFirstByAuditIdOrderByIdDesc(auditId).map(run -> view(run, false));
    }

    @Transactional(readOnly = true)
    public Optional<Long> running(String auditId) {
        return runs.findFirstByAuditIdAndStatusOrderByIdDesc(auditId, RunStatus.RUNNING).map(AuditRunEntity::id);
    }

    /** Runs newest first, without their steps. */
    @Transactional(readOnly = true)
    public List<RunView> history(@Nullable String auditId, @Nullable RunStatus status, Instant from, Instant to, int limit) {
        EnumSet<RunStatus> statuses = status == null ? EnumSet.allOf(RunStatus.class) : EnumSet.of(status);
        return runs.search(auditId, statuses, from, to, Limit.of(limit)).stream().map(run -> view(run, false)).toList();
    }

    static String fingerprint(String auditId, String stepKey, String findingKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((auditId + "\n" + stepKey + "\n" + findingKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RunView view(AuditRunEntity run, boolean withSteps) {
        List<StepView> stepViews = List.of();
        if (withSteps) {
            Map<Long, List<FindingView>> byStep = findings.findByRunIdOrderById(run.id()).stream()
                    .collect(Collectors.groupingBy(AuditFindingEntity::stepRunId, Collectors.mapping(AuditRunStore::view, Collectors.toList())));
            stepViews = steps.findByRunIdOrderByPosition(run.id()).stream()
                    .map(s -> new StepView(s.position(), s.stepKey(), s.title(), s.status(), s.startedAt(), s.finishedAt(), s.attempts(),
                            s.error(), byStep.getOrDefault(s.id(), List.of())))
                    .toList();
        }
        return new RunView(run.id(), run.auditId(), registry.title(run.auditId()), run.trigger(), run.requestedBy(), run.status(), run.startedAt(), run.finishedAt(),
                run.stepsTotal(), run.stepsDone(), run.infos(), run.warnings(), run.failures(), run.message(), stepViews);
    }

    private static FindingView view(AuditFindingEntity f) {
        return new FindingView(f.severity(), f.findingKey(), f.fingerprint(), f.message(), f.count(), JSON.readValue(f.samples(), SAMPLES),
                f.recommendation());
    }

    private static RunStatus outcome(List<AuditStepRunEntity> all, AuditRunEntity run) {
        if (all.stream().anyMatch(s -> s.status() == StepStatus.ERROR)) {
            return RunStatus.ERROR;
        }
        if (run.failures() > 0) {
            return RunStatus.FAILED;
        }
        return run.warnings() > 0 ? RunStatus.WARNED : RunStatus.PASSED;
    }

    private boolean whileRunning(long runId, java.util.function.Consumer<AuditRunEntity> change) {
        Optional<AuditRunEntity> run = runs.findById(runId).filter(r -> r.status() == RunStatus.RUNNING);
        run.ifPresent(change);
        return run.isPresent();
    }

    private AuditStepRunEntity step(long runId, int position) {
        return steps.findByRunIdAndPosition(runId, position).orElseThrow();
    }

    private static int count(List<Finding> found, Severity severity) {
        return (int) found.stream().filter(f -> f.severity() == severity).count();
    }

    private static String samplesJson(List<Map<String, Object>> samples) {
        String json = JSON.writeValueAsString(samples);
        return json.length() <= 60000 ? json : "[]";
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
