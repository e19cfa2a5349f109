package io.duckboard.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import io.duckboard.testsupport.DuckboardAppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;

@DuckboardAppTest
class DatasetsHealthIndicatorTest {

    @Autowired
    ApplicationContext app;

    @TempDir
    Path dir;

    @Test
    void nothing_loadable_and_nothing_serving_is_down_with_the_reason() throws Exception {
        Path lake = Files.createDirectories(dir.resolve("lake"));
        Files.writeString(lake.resolve("notes.txt"), "not a dataset");
        try (DatasetFixture datasets = DatasetFixture.local(dir.resolve("service"), lake, app)) {
            datasets.load();

            Health health = new DatasetsHealthIndicator(datasets.service).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(String.valueOf(health.getDetails().get("lastError"))).contains("No dataset found", "notes.txt");
        }
    }

    @Test
    void before_any_load_the_state_is_unknown() throws Exception {
        try (DatasetFixture datasets = DatasetFixture.local(dir.resolve("service"), dir.resolve("none"), app)) {
            assertThat(new DatasetsHealthIndicator(datasets.service).health().getStatus()).isEqualTo(Status.UNKNOWN);
        }
    }
}
