package io.duckboard.settings;

import java.time.Duration;

/** The result of "Test connection": how long the listing took and what it found, or why it failed. */
public record ConnectionCheck(boolean ok, Duration took, String message) {
}
