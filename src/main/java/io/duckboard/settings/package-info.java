/**
 * Settings edited in the UI — data source, notification webhooks, runtime flags — with secrets
 * encrypted at rest, environment pins, validation and a change history.
 */
@NullMarked
package io.duckboard.settings;

import org.jspecify.annotations.NullMarked;
