package io.duckboard.audits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Audits that only the tests see (test classes are on the scanned class path): they block, fail
 * transiently, run too long or find a FAIL on demand, so that the framework's behaviour can be
 * observed step by step. Their schedules are off.
 */
@Configuration(proxyBeanMethods = false)
public class TestAudits {

    /** Released by a test to let the gate step finish. */
    public static volatile CountDownLatch gate = new CountDownLatch(1);
    /** How many times the flaky step fails before it succeeds. */
    public static final AtomicInteger flakyFailuresLeft = new AtomicInteger();

    @Bean
    Audit gateAudit() {
        return audit("test-gate", List.of(
                AuditStep.of("first", "First", () -> List.of(Finding.info("first", "first step done"))),
                AuditStep.of("gate", "Waits for the test", () -> {
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the gate");
                    }
                    return List.of(Finding.of(Severity.WARN, "gate", "gate passed", 2, List.of(Map.of("row", 1)), "nothing to do"));
                }),
                AuditStep.of("last", "Last", () -> List.of(Finding.info("last", "last step done")))));
    }

    @Bean
    Audit flakyAudit() {
        return audit("test-flaky", List.of(
                AuditStep.of("flaky", "Fails, then works", () -> {
                    if (flakyFailuresLeft.getAndDecrement() > 0) {
                        throw new TransientAuditException("the source did not answer");
                    }
                    return List.of(Finding.info("flaky", "answered"));
                }),
                AuditStep.of("broken", "Always unreachable", () -> {
                    throw new TransientAuditException("connection refused");
                }),
                AuditStep.of("slow", "Takes too long", () -> {
                    new CountDownLatch(1).await(60, TimeUnit.SECONDS); // nothing opens it: a step that outlives its timeout
                    return List.of();
                })));
    }

    @Bean
    Audit failingAudit() {
        return audit("test-failing", List.of(
                AuditStep.of("check", "Finds problems", () -> List.of(
                        Finding.of(Severity.FAIL, "bad-rows", "3 rows are bad", 3, List.of(Map.of("id", 7)), "fix them"),
                        Finding.of(Severity.WARN, "odd-rows", "1 row is odd", 1, List.of(), "look at it"),
                        Finding.info("checked", "checked 10 rows")))));
    }

    private static Audit audit(String id, List<AuditStep> steps) {
        return new Audit() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return "Test " + id;
            }

            @Override
            public String description() {
                return "An audit for the tests.";
            }

            @Override
            public List<AuditStep> steps() {
                return steps;
            }

            @Override
            public String defaultCron() {
                return "0 0 3 1 1 *";
            }

            @Override
            public boolean enabledByDefault() {
                return false;
            }
        };
    }
}
