package io.duckboard.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with an in-memory app database and a throw-away DuckDB
 * file. Every test class using it shares one cached Spring context, which keeps the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:duckboard-test;DB_CLOSE_DELAY=-1",
        "duckboard.data-dir=target/test-data/app",
        "duckboard.datasets.demo.scale=0.01",
        "duckboard.duckdb.file=target/test-data/${random.uuid}.duckdb",
        "duckboard.logs-dir=target/test-logs/app",
        "duckboard.audits.step-timeout=4s",
        "duckboard.audits.retry-backoff=100ms",
        "duckboard.alerts.retry-backoff=50ms",
        "duckboard.alerts.app-url=https://duckboard.example.test",
        "duckboard.api.key=" + DuckboardAppTest.ENVIRONMENT_API_KEY
})
public @interface DuckboardAppTest {

    /** What DUCKBOARD_API_KEY would be in a deployment. */
    String ENVIRONMENT_API_KEY = "env-key-for-tests-0123456789abcdef";
}
