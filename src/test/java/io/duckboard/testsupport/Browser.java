package io.duckboard.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's package) driven by playwright-core from the npm registry, installed
 * into target/test-servers on first use — never a browser download. Where Chromium or Node is
 * missing the browser tests are skipped, unless {@code DUCKBOARD_REQUIRE_BROWSER=true} (CI).
 */
public final class Browser {

    private static final Path HOME = Path.of("target/test-servers/playwright");

    private Browser() {
    }

    public static Path chromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        require(Files.isExecutable(chromium), "Chromium is not installed at " + chromium + " (apt-get install chromium)");
        return chromium;
    }

    /** The folder to run scripts from: it holds node_modules/playwright-core. */
    public static Path playwright() {
        Path module = HOME.resolve("node_modules/playwright-core");
        if (!Files.isDirectory(module)) {
            try {
                Files.createDirectories(HOME);
                Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", HOME.toString(),
                        "playwright-core@1").redirectErrorStream(true).redirectOutput(HOME.resolve("npm-install.log").toFile()).start();
                require(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0,
                        "npm install playwright-core failed: " + Files.readString(HOME.resolve("npm-install.log")));
            } catch (IOException e) {
                require(false, "node/npm not available: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                require(false, "interrupted");
            }
        }
        return HOME;
    }

    private static void require(boolean condition, String reason) {
        if (condition) {
            return;
        }
        if (Boolean.parseBoolean(System.getenv("DUCKBOARD_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Browser tests are required here: " + reason);
        }
        Assumptions.abort(reason);
    }
}
