package io.duckboard.settings.webhooks;

/** How a target wants its JSON: {@code {"title","text",…}}, Slack's {@code {"text"}}, Discord's {@code {"content"}}. */
public enum WebhookKind { GENERIC, SLACK, DISCORD }
