package io.duckboard.audits.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.AuditsProperties;
import io.duckboard.audits.repository.AuditFindingRepository;
import io.duckboard.audits.repository.AuditRunRepository;
import io.duckboard.audits.repository.AuditStepRunRepository;
import io.duckboard.testsupport.DuckboardAppTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DuckboardAppTest
class AuditRetentionIntegrationTest {

    @Autowired
    AuditRunner runner;
    @Autowired
    AuditRunStore store;
    @Autowired
    AuditRegistry registry;
    @Autowired
    AuditRunRepository runs;
    @Autowired
    AuditStepRunRepository steps;
    @Autowired
    AuditFindingRepository findings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void runs_beyond_the_last_n_of_an_audit_go_with_their_steps_and_findings() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = runner.start("test-failing", RunTrigger.MANUAL).runId();
            await().atMost(Duration.ofSeconds(10)).until(() -> store.run(id).orElseThrow().status().finished());
            ids.add(id);
        }
        AuditsProperties keepTwo = new AuditsProperties(1, 1, Duration.ofMinutes(1), 0, Duration.ofSeconds(1), 5, Duration.ofSeconds(30),
                "test", new AuditsProperties.Retention(2, 0));

        int deleted = prune(new AuditRetention(registry, runs, steps, findings, keepTwo, Clock.systemUTC()));

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(store.run(ids.get(0))).isEmpty();
        assertThat(store.run(ids.get(1))).isEmpty();
        assertThat(findings.findByRunIdOrderById(ids.get(0))).isEmpty();
        assertThat(steps.findByRunIdOrderByPosition(ids.get(0))).isEmpty();
        assertThat(store.run(ids.get(3)).orElseThrow().steps().getFirst().findings()).hasSize(3);
        assertThat(store.run(ids.get(2))).isPresent();
    }

    /** In a transaction, as the scheduled bean runs it. */
    private int prune(AuditRetention retention) {
        return new TransactionTemplate(transactions).execute(status -> retention.prune());
    }

    @Test
    void runs_older_than_the_day_limit_go_too() {
        long id = runner.start("test-failing", RunTrigger.MANUAL).runId();
        await().atMost(Duration.ofSeconds(10)).until(() -> store.run(id).orElseThrow().status().finished());
        AuditsProperties tenDays = new AuditsProperties(1, 1, Duration.ofMinutes(1), 0, Duration.ofSeconds(1), 5, Duration.ofSeconds(30),
                "test", new AuditsProperties.Retention(0, 10));
        Clock elevenDaysLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(11));

        prune(new AuditRetention(registry, runs, steps, findings, tenDays, elevenDaysLater));

        assertThat(store.run(id)).isEmpty();
    }
}
