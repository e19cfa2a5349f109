/** Notification targets (generic JSON, Slack, Discord): stored encrypted, tested with "Send test", used by alerts. */
@NullMarked
package io.duckboard.settings.webhooks;

import org.jspecify.annotations.NullMarked;
