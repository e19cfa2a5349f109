package io.duckboard.datasets.source;

import io.duckboard.datasets.DatasetsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3 bucket (or an S3-compatible server) read with the AWS SDK v2. Objects larger than the part
 * size are fetched as parallel ranged GETs, each pinned to the listed ETag so that an object
 * replaced during the download fails the load instead of mixing two versions.
 */
public final class S3Source implements DatasetSource, AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final DatasetsProperties.S3 settings;
    private final String bucket;
    private final String prefix;
    private final S3Client client;

    public S3Source(DatasetsProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new SourceException("No S3 bucket is configured: set duckboard.datasets.s3.bucket.");
        }
        this.settings = settings;
        this.bucket = settings.bucket();
        this.prefix = normalisePrefix(settings.prefix());
        this.client = buildClient(settings);
    }

    @Override
    public String description() {
        return "s3://" + bucket + "/" + prefix + (settings.endpoint() == null ? "" : " at " + settings.endpoint());
    }

    @Override
    public List<SourceObject> list() {
        try {
            List<SourceObject> objects = new ArrayList<>();
            client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build())
                    .contents()
                    .forEach(o -> objects.add(new SourceObject(o.key().substring(prefix.length()), o.size(), o.eTag(), o.lastModified())));
            return objects.stream().filter(o -> !o.key().isEmpty() && !o.key().endsWith("/")).toList();
        } catch (SdkException e) {
            throw explain("list " + description(), e);
        }
    }

    @Override
    public Path fetch(List<SourceObject> objects, Path staging, FetchProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.parallelism()),
                Thread.ofPlatform().name("s3-download-", 0).daemon().factory());
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (SourceObject object : objects) {
                Path target = staging.resolve(object.key());
                Files.createDirectories(target.getParent());
                try (FileChannel ignored = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    // created empty now; parts write into it at their offsets
                }
                for (Range range : ranges(object.size())) {
                    boolean last = range.end() == Math.max(0, object.size() - 1);
                    parts.add(pool.submit(() -> download(object, range, target, last, progress)));
                }
            }
            for (Future<?> part : parts) {
                part.get();
            }
            return staging;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SourceException source ? source
                    : new SourceException("Download failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("Download interrupted", e);
        } catch (IOException e) {
            throw new SourceException("Cannot write to the staging folder " + staging + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private Void download(SourceObject object, Range range, Path target, boolean last, FetchProgress progress) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(prefix + object.key())
                .ifMatch(object.version());
        if (object.size() > 0) {
            request.range("bytes=" + range.start() + "-" + range.end());
        }
        try (ResponseInputStream<GetObjectResponse> in = client.getObject(request.build());
             FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            copy(in, out, range.start(), progress);
            if (last) {
                progress.advanced(0, true);
            }
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                throw new SourceException(object.key() + " changed on S3 while it was being downloaded; "
                        + "the next refresh will load the new version.", e);
            }
            throw explain("download " + object.key(), e);
        } catch (SdkException e) {
            throw explain("download " + object.key(), e);
        } catch (IOException e) {
            throw new SourceException("Download of " + object.key() + " broke off: " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, FileChannel out, long position, FetchProgress progress) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long offset = position;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
                offset += out.write(chunk, offset);
            }
            progress.advanced(read, false);
        }
    }

    private List<Range> ranges(long size) {
        long part = Math.max(1, settings.partSize().toBytes());
        List<Range> ranges = new ArrayList<>();
        if (size == 0) {
            ranges.add(new Range(0, 0));
        }
        for (long start = 0; start < size; start += part) {
            ranges.add(new Range(start, Math.min(size, start + part) - 1));
        }
        return ranges;
    }

    private SourceException explain(String action, SdkException e) {
        String reason;
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            String code = s3.awsErrorDetails().errorCode();
            reason = switch (code == null ? "" : code) {
                case "NoSuchBucket" -> "the bucket '" + bucket + "' does not exist";
                case "InvalidAccessKeyId" -> "the access key id is not known to the server (wrong key?)";
                case "SignatureDoesNotMatch" -> "the secret access key does not match the access key id (wrong secret?)";
                case "AccessDenied" -> "access was denied: the credentials may not read this bucket or prefix";
                default -> s3.statusCode() + " " + code + ": " + s3.awsErrorDetails().errorMessage();
            };
        } else if (e instanceof SdkClientException) {
            reason = networkReason(e);
        } else {
            reason = e.getMessage();
        }
        return new SourceException("Could not " + action + ": " + reason + ".", e);
    }

    private String networkReason(Throwable e) {
        String endpoint = settings.endpoint() == null ? "the S3 endpoint" : "the S3 endpoint " + settings.endpoint();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return endpoint + " is unreachable: unknown host";
            }
            if (t instanceof ConnectException) {
                return endpoint + " is unreachable: connection refused";
            }
            if (t instanceof SocketTimeoutException) {
                return endpoint + " did not answer within " + settings.timeout().toSeconds() + " s";
            }
        }
        return endpoint + " could not be reached: " + e.getMessage();
    }

    private static S3Client buildClient(DatasetsProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(settings.timeout())
                        .socketTimeout(settings.timeout())
                        .maxConnections(Math.max(4, settings.parallelism() * 2)))
                .overrideConfiguration(o -> o.apiCallAttemptTimeout(settings.timeout().multipliedBy(6)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(DatasetsProperties.S3 settings) {
        String id = settings.accessKeyId();
        String secret = settings.secretAccessKey();
        if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static String normalisePrefix(@Nullable String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.equals("/")) {
            return "";
        }
        String trimmed = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    private record Range(long start, long end) {
    }
}
