package io.duckboard.audits.alerts;

import io.duckboard.audits.run.AuditRunFinished;
import io.duckboard.audits.run.FindingView;
import io.duckboard.audits.run.RunView;
import io.duckboard.platform.flags.Flag;
import io.duckboard.platform.flags.RuntimeFlags;
import io.duckboard.settings.webhooks.Delivery;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.settings.webhooks.WebhookTargetView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a run ends: each rule that matches the audit takes the findings at or above its severity and
 * sends them to its targets — minus those already sent to that target within the rule's window —
 * with retries and backoff, and logs every delivery. Runs on its own thread, never the run's.
 */
@Component
public class AlertRouter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AlertRouter.class);
    private static final int LISTED = 10;

    private final AlertRuleRepository rules;
    private final AlertDeliveryRepository deliveries;
    private final AlertSentRepository sent;
    private final WebhookService webhooks;
    private final RuntimeFlags flags;
    private final AlertsProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("alert-router").daemon().factory());

    AlertRouter(AlertRuleRepository rules, AlertDeliveryRepository deliveries, AlertSentRepository sent, WebhookService webhooks,
                RuntimeFlags flags, AlertsProperties properties, Clock clock) {
        this.rules = rules;
        this.deliveries = deliveries;
        this.sent = sent;
        this.webhooks = webhooks;
        this.flags = flags;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    public void on(AuditRunFinished finished) {
        submit(finished.run());
    }

    /** Routes a finished run's findings; the future completes when every first attempt is made (retries follow on their own). */
    public Future<?> submit(RunView run) {
        return executor.submit(() -> safely(run, () -> route(run)));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private void route(RunView run) {
        List<FindingView> all = run.steps().stream().flatMap(step -> step.findings().stream()).toList();
        Map<Long, WebhookTargetView> targets = webhooks.list().stream()
                .collect(Collectors.toMap(WebhookTargetView::id, t -> t, (a, b) -> a));
        for (AlertRuleEntity rule : rules.findAllByOrderById()) {
            if (!rule.matches(run.auditId())) {
                continue;
            }
            List<FindingView> matching = all.stream().filter(f -> f.severity().atLeast(rule.minSeverity())).toList();
            if (matching.isEmpty()) {
                continue;
            }
            for (long targetId : rule.targetIds()) {
                WebhookTargetView target = targets.get(targetId);
                if (target != null) {
                    deliver(run, rule, target, matching);
                }
            }
        }
    }

    private void deliver(RunView run, AlertRuleEntity rule, WebhookTargetView target, List<FindingView> matching) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(rule.dedupWindowMinutes());
        List<FindingView> fresh = matching.stream()
                .filter(f -> sent.findById(new AlertSentEntity.Key(target.id(), f.fingerprint()))
                        .map(s -> !s.sentAt().plus(window).isAfter(now)).orElse(true))
                .toList();
        AlertDeliveryEntity delivery = new AlertDeliveryEntity(now, rule.id(), target.id(), target.name(), run.id(), run.auditId(), fresh.size());
        if (fresh.isEmpty()) {
            delivery.end(DeliveryStatus.SUPPRESSED, 0, 0, matching.size() + " finding(s) already sent within " + rule.dedupWindowMinutes()
                    + " min", clock.instant());
            deliveries.save(delivery);
        } else if (flags.isEnabled(Flag.ALERTS_MUTED)) {
            delivery.end(DeliveryStatus.MUTED, 0, 0, "runtime flag " + Flag.ALERTS_MUTED.name() + " is on", clock.instant());
            deliveries.save(delivery);
        } else {
            attempt(run, target, fresh, delivery, 1);
        }
    }

    /** One try; a failed one is tried again later on the router's scheduler (backoff doubling), the last failure is logged. */
    private void attempt(RunView run, WebhookTargetView target, List<FindingView> fresh, AlertDeliveryEntity delivery, int attempt) {
        Optional<String> link = properties.runUrl(run.id());
        Delivery outcome = webhooks.deliver(target.id(), title(run), text(run, fresh, link), fields(run, fresh, link));
        if (outcome.delivered()) {
            Instant now = clock.instant();
            for (FindingView finding : fresh) {
                AlertSentEntity mark = sent.findById(new AlertSentEntity.Key(target.id(), finding.fingerprint()))
                        .orElseGet(() -> new AlertSentEntity(target.id(), finding.fingerprint(), now));
                mark.sentAt(now);
                sent.save(mark);
            }
            delivery.end(DeliveryStatus.SENT, attempt, outcome.status(), null, now);
            deliveries.save(delivery);
            log.info("Alert for audit run {} sent to {}: {} finding(s), attempt {}", run.id(), target.name(), fresh.size(), attempt);
        } else if (attempt < properties.attempts()) {
            log.warn("Alert for audit run {} to {} failed (attempt {} of {}): {}", run.id(), target.name(), attempt, properties.attempts(),
                    outcome.problem());
            long wait = properties.retryBackoff().multipliedBy(1L << (attempt - 1)).toMillis();
            executor.schedule(() -> safely(run, () -> attempt(run, target, fresh, delivery, attempt + 1)), wait, TimeUnit.MILLISECONDS);
        } else {
            delivery.end(DeliveryStatus.FAILED, attempt, outcome.status(), outcome.problem(), clock.instant());
            deliveries.save(delivery);
            log.warn("Alert for audit run {} to {} FAILED after {} attempt(s)", run.id(), target.name(), attempt);
        }
    }

    private static void safely(RunView run, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Routing the alerts of audit run {} failed", run.id(), e);
        }
    }

    static String title(RunView run) {
        return "Duckboard audit “%s”: %s (run #%d)".formatted(run.auditTitle(), run.status(), run.id());
    }

    static String text(RunView run, List<FindingView> findings, Optional<String> link) {
        List<String> lines = new ArrayList<>();
        findings.stream().limit(LISTED).forEach(f -> lines.add("• " + f.severity() + ": " + f.message()));
        if (findings.size() > LISTED) {
            lines.add("… and " + (findings.size() - LISTED) + " more. See the run's page in Duckboard.");
        }
        link.ifPresent(url -> lines.add("Run #" + run.id() + ": " + url));
        return String.join("\n", lines);
    }

    static Map<String, Object> fields(RunView run, List<FindingView> findings, Optional<String> link) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("auditId", run.auditId());
        fields.put("runId", run.id());
        link.ifPresent(url -> fields.put("runUrl", url));
        fields.put("status", run.status().name());
        fields.put("findings", findings.stream().map(f -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", f.severity().name());
            item.put("key", f.key());
            item.put("fingerprint", f.fingerprint());
            item.put("message", f.message());
            item.put("count", f.count());
            item.put("recommendation", f.recommendation() == null ? "" : f.recommendation());
            return item;
        }).toList());
        return fields;
    }

}
