package io.duckboard.settings.webhooks;

/** A target as the notifications page shows it: the URL only masked. */
public record WebhookTargetView(long id, String name, WebhookKind kind, String maskedUrl) {
}
