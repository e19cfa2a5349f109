package io.duckboard.audits.run;

import io.duckboard.audits.AuditsProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One lock per audit in the app database (ShedLock): with several instances, a run of an audit
 * happens on one of them. The lock is taken when a run starts and released when it ends; if the
 * instance dies it expires after the longest the run could take.
 */
@Component
class AuditLocks {

    private final LockProvider provider;
    private final JdbcTemplate jdbc;
    private final String instance;
    private final Clock clock;

    AuditLocks(DataSource dataSource, AuditsProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.instance = properties.instance();
        this.clock = clock;
        this.provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName("shedlock")
                .withLockedByValue(instance)
                .usingDbTime()
                .build());
    }

    Optional<SimpleLock> lock(String auditId, Duration atMost) {
        return provider.lock(new LockConfiguration(clock.instant(), "audit-" + auditId, atMost, Duration.ZERO));
    }

    /**
     * After a restart: locks this instance held before it stopped belong to runs that are now
     * INTERRUPTED. They are expired, not deleted: ShedLock remembers which rows exist and only
     * updates them.
     */
    int releaseLeftovers() {
        return jdbc.update("update shedlock set lock_until = locked_at where locked_by = ? and name like 'audit-%'", instance);
    }
}
