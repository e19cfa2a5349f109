/**
 * Audits: multi-step checks of our own data and setup, run on a schedule or on demand, persisted
 * step by step, pushed live to the browser and routed as alerts to webhooks.
 */
@NullMarked
package io.duckboard.audits;

import org.jspecify.annotations.NullMarked;
