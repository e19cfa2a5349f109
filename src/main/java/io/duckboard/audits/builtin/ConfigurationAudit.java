package io.duckboard.audits.builtin;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditStep;
import io.duckboard.audits.Finding;
import io.duckboard.audits.Severity;
import io.duckboard.datasets.DatasetsProperties.SourceType;
import io.duckboard.settings.ConnectionCheck;
import io.duckboard.settings.DataSourceForm;
import io.duckboard.settings.DataSourceSettings;
import io.duckboard.settings.DataSourceSettingsService;
import io.duckboard.settings.secrets.SecretsService;
import io.duckboard.settings.webhooks.Delivery;
import io.duckboard.settings.webhooks.WebhookService;
import io.duckboard.settings.webhooks.WebhookTargetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Our own setup: the settings a load needs are there, every stored secret decrypts, the data source and each webhook answer. */
@Component
public class ConfigurationAudit implements Audit {

    private final DataSourceSettingsService dataSource;
    private final SecretsService secrets;
    private final WebhookService webhooks;

    ConfigurationAudit(DataSourceSettingsService dataSource, SecretsService secrets, WebhookService webhooks) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.webhooks = webhooks;
    }

    @Override
    public String id() {
        return "configuration";
    }

    @Override
    public String title() {
        return "Configuration";
    }

    @Override
    public String description() {
        return "Required settings are present, stored secrets decrypt with the master key, and the data source and every "
                + "webhook target answer.";
    }

    @Override
    public String defaultCron() {
        return "0 0 7 * * MON";
    }

    @Override
    public List<AuditStep> steps() {
        return List.of(
                AuditStep.of("required-settings", "Required settings present", this::requiredSettings),
                AuditStep.of("secrets", "Secrets decryptable", this::secrets),
                AuditStep.of("data-source", "Data source connection", this::dataSource),
                AuditStep.of("webhooks", "Webhook targets reachable", this::webhooks));
    }

    List<Finding> requiredSettings() {
        DataSourceForm form = dataSource.form();
        DataSourceSettings settings = form.settings();
        List<Finding> found = new ArrayList<>();
        if (settings.type() == SourceType.S3) {
            missing(found, settings.bucket(), "bucket");
            missing(found, settings.region(), "region");
            if (!settings.accessKeyId().isBlank() && form.maskedSecret().isEmpty()) {
                found.add(Finding.of(Severity.FAIL, "missing:secret-key", "An S3 access key id is set but no secret key.", 1, List.of(),
                        "Enter the secret key under Settings › Data source, or clear the access key id to use the AWS credentials chain."));
            }
        }
        if (found.isEmpty()) {
            found.add(Finding.info("required-settings", "The %s data source has every setting it needs%s.".formatted(
                    settings.type().name().toLowerCase(), form.pinned().isEmpty() ? "" : " (" + form.pinned().size() + " pinned by the environment)")));
        }
        return found;
    }

    List<Finding> secrets() {
        List<String> unreadable = secrets.unreadable();
        SecretsService.KeyStatus key = secrets.status();
        if (unreadable.isEmpty()) {
            return List.of(Finding.info("secrets", "%d stored secret(s) decrypt with master key %s (%s).".formatted(key.secrets(),
                    key.currentKeyId(), key.source().name().toLowerCase())));
        }
        return List.of(Finding.of(Severity.FAIL, "secrets-unreadable", "%d stored secret(s) do not decrypt with master key %s."
                .formatted(unreadable.size(), key.currentKeyId()), unreadable.size(),
                unreadable.stream().map(name -> Map.<String, Object>of("secret", name)).toList(),
                "Start Duckboard with the master key these secrets were written with (DUCKBOARD_MASTER_KEY_PREVIOUS), or enter them again."));
    }

    List<Finding> dataSource() {
        ConnectionCheck check = dataSource.testSaved();
        if (check.ok()) {
            return List.of(Finding.info("data-source", check.message()));
        }
        return List.of(Finding.of(Severity.FAIL, "data-source-unreachable", "The data source does not answer: " + check.message(), 1, List.of(),
                "Check Settings › Data source and press Test connection."));
    }

    List<Finding> webhooks() {
        List<WebhookTargetView> targets = webhooks.list();
        if (targets.isEmpty()) {
            return List.of(Finding.info("webhooks", "No webhook target is configured: alerts have nowhere to go."));
        }
        List<Finding> found = new ArrayList<>();
        for (WebhookTargetView target : targets) {
            Delivery probe = webhooks.probe(target.id());
            found.add(probe.delivered()
                    ? Finding.info("webhook:" + target.name(), "%s (%s) answered HTTP %d in %d ms.".formatted(target.name(),
                    target.kind().name().toLowerCase(), probe.status(), probe.took().toMillis()))
                    : Finding.of(Severity.FAIL, "webhook:" + target.name(), "%s (%s) is unreachable: %s.".formatted(target.name(),
                    target.kind().name().toLowerCase(), probe.problem()), 1, List.of(Map.of("target", target.name(), "url", target.maskedUrl())),
                    "Check the address under Settings › Notifications and press Send test."));
        }
        return found;
    }

    private static void missing(List<Finding> found, String value, String field) {
        if (value == null || value.isBlank()) {
            found.add(Finding.of(Severity.FAIL, "missing:" + field, "The S3 " + field + " is not set.", 1, List.of(),
                    "Set the " + field + " under Settings › Data source."));
        }
    }
}
