package io.duckboard.testsupport;

import java.io.IOException;
import java.net.Socket;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A second real S3-protocol server, s3rver (npm), for what S3Mock does not do: it refuses an
 * unknown access key id with {@code InvalidAccessKeyId}. Its only key is {@link #ACCESS_KEY}.
 * (It does not verify V4 signatures, so a wrong secret with the right key id still passes.)
 * Installed with npm into target/test-servers on first use; tests are skipped where no node/npm exists.
 */
public final class S3rverServer {

    public static final String ACCESS_KEY = "S3RVER";
    public static final String SECRET_KEY = "S3RVER";
    public static final String BUCKET = "lake";
    private static final Path HOME = Path.of("target/test-servers/s3rver");
    private static S3rverServer instance;

    private final URI endpoint;

    private S3rverServer(URI endpoint) {
        this.endpoint = endpoint;
    }

    public static synchronized S3rverServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    private static S3rverServer start() {
        try {
            Path script = HOME.resolve("node_modules/s3rver/bin/s3rver.js");
            if (!Files.exists(script)) {
                install();
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path data = Files.createTempDirectory("s3rver-data");
            Process process = new ProcessBuilder("node", script.toString(), "-d", data.toString(), "-p", Integer.toString(port),
                    "-a", "127.0.0.1", "--configure-bucket", BUCKET, "--silent")
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("s3rver.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitPort(process, port);
            return new S3rverServer(URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            Assumptions.abort("s3rver could not be started (node/npm missing?): " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    private static void install() throws IOException {
        Files.createDirectories(HOME);
        try {
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", HOME.toString(), "s3rver@3.7.1")
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IOException("npm install s3rver failed: " + Files.readString(HOME.resolve("npm-install.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void awaitPort(Process process, int port) throws IOException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("s3rver exited: " + Files.readString(HOME.resolve("s3rver.log")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                process.onExit().completeOnTimeout(null, 100, TimeUnit.MILLISECONDS).join();
            }
        }
        throw new IOException("s3rver did not listen on port " + port + " within 30 s");
    }
}
