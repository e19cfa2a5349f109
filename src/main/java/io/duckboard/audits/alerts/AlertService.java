package io.duckboard.audits.alerts;

import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.Severity;
import io.duckboard.platform.UserFacingException;
import io.duckboard.platform.changes.ChangeLog;
import io.duckboard.settings.webhooks.Delivery;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.settings.webhooks.WebhookTargetView;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert rules (which audit, from which severity, to which webhook targets) and the delivery log. */
@Service
public class AlertService {

    private final AlertRuleRepository rules;
    private final AlertDeliveryRepository deliveries;
    private final AuditRegistry audits;
    private final WebhookService webhooks;
    private final ChangeLog changes;
    private final Clock clock;

    AlertService(AlertRuleRepository rules, AlertDeliveryRepository deliveries, AuditRegistry audits, WebhookService webhooks,
                 ChangeLog changes, Clock clock) {
        this.rules = rules;
        this.deliveries = deliveries;
        this.audits = audits;
        this.webhooks = webhooks;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AlertRuleView> rules() {
        Map<Long, String> names = targetNames();
        return rules.findAllByOrderById().stream().map(rule -> view(rule, names)).toList();
    }

    /** {@code auditId} null or blank: every audit. */
    @Transactional
    public AlertRuleView add(@Nullable String auditId, Severity minSeverity, int dedupWindowMinutes, Set<Long> targetIds) {
        String audit = auditId == null || auditId.isBlank() ? null : audits.get(auditId.strip()).id();
        if (targetIds.isEmpty()) {
            throw new UserFacingException("Choose at least one webhook target (add them under Settings › Notifications).");
        }
        if (dedupWindowMinutes < 0 || dedupWindowMinutes > 10_080) {
            throw new UserFacingException("The repeat window is 0 to 10,080 minutes (one week).");
        }
        Map<Long, String> names = targetNames();
        targetIds.stream().filter(id -> !names.containsKey(id)).findFirst().ifPresent(id -> {
            throw new UserFacingException("Webhook target " + id + " does not exist.");
        });
        AlertRuleEntity rule = rules.save(new AlertRuleEntity(audit, minSeverity, dedupWindowMinutes, targetIds, clock.instant(),
                ChangeLog.currentActor()));
        AlertRuleView view = view(rule, names);
        changes.record("ALERT_RULE", "rule " + rule.id(), "created", null, describe(view));
        return view;
    }

    @Transactional
    public void remove(long id) {
        AlertRuleEntity rule = rules.findById(id).orElseThrow(() -> new UserFacingException("That rule no longer exists."));
        rules.delete(rule);
        changes.record("ALERT_RULE", "rule " + id, "removed", describe(view(rule, targetNames())), null);
    }

    @Transactional(readOnly = true)
    public List<AlertDeliveryView> deliveries(int limit) {
        return deliveries.findAllByOrderByIdDesc(Limit.of(limit)).stream().map(AlertDeliveryEntity::view).toList();
    }

    /** Sends a test message to each of the rule's targets and logs it; returns target name → outcome. */
    @Transactional
    public Map<String, Delivery> sendTest(long ruleId) {
        AlertRuleEntity rule = rules.findById(ruleId).orElseThrow(() -> new UserFacingException("That rule no longer exists."));
        Map<Long, String> names = targetNames();
        Map<String, Delivery> outcomes = new java.util.LinkedHashMap<>();
        for (long targetId : rule.targetIds()) {
            Delivery delivery = webhooks.sendTest(targetId);
            AlertDeliveryEntity logged = new AlertDeliveryEntity(clock.instant(), ruleId, targetId, names.getOrDefault(targetId, "?"), null,
                    rule.auditId() == null ? "any" : rule.auditId(), 0);
            logged.end(DeliveryStatus.TEST, 1, delivery.status(), delivery.problem(), clock.instant());
            deliveries.save(logged);
            outcomes.put(names.getOrDefault(targetId, "?"), delivery);
        }
        return outcomes;
    }

    private Map<Long, String> targetNames() {
        return webhooks.list().stream().collect(Collectors.toMap(WebhookTargetView::id, WebhookTargetView::name, (a, b) -> a));
    }

    private static AlertRuleView view(AlertRuleEntity rule, Map<Long, String> names) {
        return new AlertRuleView(rule.id(), rule.auditId(), rule.minSeverity(), rule.dedupWindowMinutes(),
                rule.targetIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().toList());
    }

    private static String describe(AlertRuleView rule) {
        return (rule.auditId() == null ? "any audit" : rule.auditId()) + ", " + rule.minSeverity() + " and worse → "
                + String.join(", ", rule.targets()) + ", repeat after " + rule.dedupWindowMinutes() + " min";
    }

}
