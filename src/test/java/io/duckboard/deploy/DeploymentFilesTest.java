package io.duckboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the deployment files are checked statically: each stack runs the
 * environment its folder names, on the port our users know, with its own database and volumes.
 */
class DeploymentFilesTest {

    @ParameterizedTest
    @CsvSource({"preprod,8500", "prod,8501"})
    @SuppressWarnings("unchecked")
    void each_stack_runs_its_own_environment_on_its_own_port(String stack, int port) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of(stack, "compose.yaml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> app = services.get("app");
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");

        assertThat(environment).containsEntry("APP_ENV", stack);
        assertThat(String.valueOf(environment.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://db:5432/");
        assertThat(String.valueOf(environment.get("SPRING_DATASOURCE_PASSWORD"))).startsWith("${POSTGRES_PASSWORD:?");
        assertThat((List<String>) app.get("volumes")).contains("./data:/app/data", "./logs:/app/logs");
        String published = services.values().stream()
                .flatMap(service -> ((List<String>) service.getOrDefault("ports", List.of())).stream())
                .findFirst().orElseThrow();
        assertThat(published).startsWith(port + ":");
        assertThat(services.get("db").get("healthcheck")).isNotNull();
    }

    @Test
    void the_image_runs_the_jvm_as_pid_1_with_native_access_and_a_readiness_healthcheck() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));

        assertThat(dockerfile).contains("ENTRYPOINT [\"java\"", "--enable-native-access=ALL-UNNAMED",
                "/actuator/health/readiness", "USER duckboard");
    }

    @Test
    void prod_keeps_metrics_behind_the_proxy_and_passes_websockets() throws IOException {
        String nginx = Files.readString(Path.of("prod/nginx.conf"));

        assertThat(nginx).contains("location /actuator/prometheus", "proxy_set_header Upgrade", "X-Request-Id");
    }
}
