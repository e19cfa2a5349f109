package io.duckboard.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.datasets.generator.DemoDataGenerator;
import io.duckboard.datasets.generator.GeneratorSpec;
import io.duckboard.testsupport.DuckboardAppTest;
import io.duckboard.testsupport.S3MockServer;
import io.duckboard.testsupport.S3rverServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The S3 path against a real S3-protocol server (S3Mock in its own process). */
@DuckboardAppTest
class S3DatasetIntegrationTest {

    private static final GeneratorSpec SMALL = new GeneratorSpec(0.005, 5);

    @TempDir
    static Path shared;
    static S3MockServer s3;

    @Autowired
    ApplicationContext app;

    @TempDir
    Path dir;

    @BeforeAll
    static void uploadLake() throws Exception {
        s3 = S3MockServer.get();
        Path lake = shared.resolve("lake");
        new DemoDataGenerator(DatasetFixture.DUCKDB).generate(SMALL, lake);
        s3.upload(lake, "food/");
    }

    @Test
    void a_bucket_prefix_loads_like_a_local_folder_with_ranged_parallel_downloads() throws Exception {
        // 64 KB parts: the interactions file arrives in many ranged GETs that must reassemble exactly
        try (DatasetFixture datasets = fixture(DatasetFixture.s3(S3MockServer.BUCKET, "food", s3.endpoint()))) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).as(String.valueOf(load.error())).isEqualTo(LoadStatus.SUCCEEDED);
            assertThat(load.source()).isEqualTo("s3://lake/food/ at " + s3.endpoint());
            assertThat(load.rowCounts()).containsEntry("recipes", SMALL.recipes())
                    .containsEntry("interactions", SMALL.interactions()).containsEntry("users", SMALL.users());
            assertThat(load.bytesRead()).isGreaterThan(64 * 1024);
            assertThat(datasets.duckDb.query("select count(*) from interactions where review is null", r -> r.getLong(1))).containsExactly(0L);
            assertThat(datasets.load().status()).as("same ETags: nothing to reload").isEqualTo(LoadStatus.UNCHANGED);
            assertThat(dir.resolve("service/staging")).isEmptyDirectory();
        }
    }

    @Test
    void an_unreachable_endpoint_is_reported_in_plain_words() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + closedPort());
        try (DatasetFixture datasets = fixture(DatasetFixture.s3(S3MockServer.BUCKET, "food", closed))) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(load.error()).contains("the S3 endpoint " + closed + " is unreachable: connection refused");
        }
    }

    @Test
    void a_missing_bucket_is_named() throws Exception {
        try (DatasetFixture datasets = fixture(DatasetFixture.s3("no-such-bucket", "food", s3.endpoint()))) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(load.error()).contains("the bucket 'no-such-bucket' does not exist");
        }
    }

    @Test
    void an_empty_prefix_is_reported_as_empty() throws Exception {
        try (DatasetFixture datasets = fixture(DatasetFixture.s3(S3MockServer.BUCKET, "nothing-here/", s3.endpoint()))) {
            DatasetLoadView load = datasets.load();

            assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(load.error()).contains("s3://lake/nothing-here/", "is empty");
        }
    }

    @Test
    void a_wrong_access_key_is_refused_in_plain_words_and_the_right_one_gets_through() throws Exception {
        S3rverServer checking = S3rverServer.get();
        try (DatasetFixture wrong = fixture(DatasetFixture.s3(S3rverServer.BUCKET, "", checking.endpoint(), "WRONG-KEY", "whatever"))) {
            DatasetLoadView load = wrong.load();

            assertThat(load.status()).isEqualTo(LoadStatus.FAILED);
            assertThat(load.error()).contains("the access key id is not known to the server (wrong key?)");
        }
        try (DatasetFixture right = fixture(DatasetFixture.s3(S3rverServer.BUCKET, "", checking.endpoint(),
                S3rverServer.ACCESS_KEY, S3rverServer.SECRET_KEY))) {
            assertThat(right.load().error()).as("listing succeeded; the bucket is simply empty").contains("is empty");
        }
    }

    private DatasetFixture fixture(io.duckboard.datasets.DatasetsProperties.S3 settings) {
        return DatasetFixture.s3(dir.resolve("service"), settings, app);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
