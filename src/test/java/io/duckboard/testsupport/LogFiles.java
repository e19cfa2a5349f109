package io.duckboard.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON log files the application writes; waits for asynchronous appenders to flush. */
public final class LogFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LogFiles() {
    }

    /** The first JSON line of {@code file} whose message contains {@code text}, waiting up to 10 s for it. */
    public static JsonNode awaitLine(Path file, String text) {
        return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> findLine(file, text), line -> line != null);
    }

    public static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode findLine(Path file, String text) {
        for (String line : read(file).split("\n")) {
            if (line.contains(text)) {
                return JSON.readTree(line);
            }
        }
        return null;
    }
}
