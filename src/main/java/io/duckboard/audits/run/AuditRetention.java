package io.duckboard.audits.run;

import io.duckboard.audits.Audit;
import io.duckboard.audits.AuditRegistry;
import io.duckboard.audits.AuditsProperties;
import io.duckboard.audits.repository.AuditFindingRepository;
import io.duckboard.audits.repository.AuditRunRepository;
import io.duckboard.audits.repository.AuditStepRunRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes finished runs beyond the last N per audit or older than D days (see {@link AuditsProperties.Retention}), nightly. */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditRegistry registry;
    private final AuditRunRepository runs;
    private final AuditStepRunRepository steps;
    private final AuditFindingRepository findings;
    private final AuditsProperties.Retention retention;
    private final Clock clock;

    AuditRetention(AuditRegistry registry, AuditRunRepository runs, AuditStepRunRepository steps, AuditFindingRepository findings,
                   AuditsProperties properties, Clock clock) {
        this.registry = registry;
        this.runs = runs;
        this.steps = steps;
        this.findings = findings;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(cron = "${duckboard.audits.retention.cron:0 15 3 * * *}")
    @Transactional
    public int prune() {
        Set<Long> doomed = new LinkedHashSet<>();
        if (retention.runs() > 0) {
            for (Audit audit : registry.all()) {
                List<Long> newestFirst = runs.finishedIdsNewestFirst(audit.id());
                doomed.addAll(newestFirst.subList(Math.min(retention.runs(), newestFirst.size()), newestFirst.size()));
            }
        }
        if (retention.days() > 0) {
            doomed.addAll(runs.finishedIdsStartedBefore(clock.instant().minus(Duration.ofDays(retention.days()))));
        }
        if (!doomed.isEmpty()) {
            findings.deleteByRunIdIn(doomed);
            steps.deleteByRunIdIn(doomed);
            runs.deleteAllByIdInBatch(doomed);
            log.info("Audit retention deleted {} run(s) (keeping the last {} per audit, at most {} days)", doomed.size(), retention.runs(),
                    retention.days());
        }
        return doomed.size();
    }
}
