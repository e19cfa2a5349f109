package io.duckboard.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-protocol server (Adobe S3Mock, its standalone jar copied to target/test-servers by the
 * build) in a child process, started once per test JVM on free ports and stopped when the JVM ends.
 */
public final class S3MockServer {

    public static final String BUCKET = "lake";
    private static S3MockServer instance;

    private final Process process;
    private final URI endpoint;

    private S3MockServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static synchronized S3MockServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client as a user would configure one: path-style, any key (S3Mock does not check credentials). */
    public S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret")))
                .build();
    }

    /** Uploads every file under {@code folder} to {@code prefix} in the bucket, keeping relative paths. */
    public void upload(Path folder, String prefix) throws IOException {
        try (S3Client client = client(); var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = prefix + folder.relativize(file).toString().replace('\\', '/');
                client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromFile(file));
            }
        }
    }

    private static S3MockServer start() {
        try {
            int http = freePort();
            int https = freePort();
            Path jar = Path.of("target/test-servers/s3mock.jar");
            Path store = Files.createTempDirectory("s3mock-store");
            String java = ProcessHandle.current().info().command().orElse("java");
            Path logFile = Path.of("target/test-servers/s3mock.log");
            Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.http-port=" + http,
                    "--server.port=" + https,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.root=" + store,
                    "--spring.main.banner-mode=off")
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            URI endpoint = URI.create("http://127.0.0.1:" + http);
            awaitReady(process, endpoint, logFile);
            return new S3MockServer(process, endpoint);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start S3Mock: " + e.getMessage(), e);
        }
    }

    private static void awaitReady(Process process, URI endpoint, Path logFile) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited: " + Files.readString(logFile));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit().completeOnTimeout(null, 200, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        throw new IllegalStateException("S3Mock did not answer at " + endpoint + " within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
