package io.duckboard.datasets.generator;

import java.nio.file.Path;
import java.time.Duration;

/** What a generation wrote, and how long it took. */
public record GenerationResult(Path folder, long recipes, long interactions, long users, Duration took) {

    @Override
    public String toString() {
        return "%,d recipes, %,d interactions, %,d users in %.1f s → %s"
                .formatted(recipes, interactions, users, took.toMillis() / 1000.0, folder);
    }
}
