package io.duckboard.settings;

import java.time.Duration;

/** Durations as people write them in settings: {@code 1d}, {@code 6h}, {@code 30m}, {@code 45s}. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
