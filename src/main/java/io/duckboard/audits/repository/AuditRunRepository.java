package io.duckboard.audits.repository;

import io.duckboard.audits.run.RunStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditRunRepository extends JpaRepository<AuditRunEntity, Long> {

    Optional<AuditRunEntity> findFirstByAuditIdOrderByIdDesc(String auditId);

    Optional<AuditRunEntity> findFirstByAuditIdAndStatusOrderByIdDesc(String auditId, RunStatus status);

    List<AuditRunEntity> findByStatus(RunStatus status);

    @Query("""
            select r from AuditRunEntity r
            where (:auditId is null or r.auditId = :auditId)
              and (r.status in :statuses)
              and r.startedAt >= :from and r.startedAt < :to
            order by r.id desc""")
    List<AuditRunEntity> search(@Param("auditId") @Nullable String auditId, @Param("statuses") Collection<RunStatus> statuses,
                                @Param("from") Instant from, @Param("to") Instant to, Limit limit);

    @Query("select r.id from AuditRunEntity r where r.auditId = :auditId and r.status <> 'RUNNING' order by r.id desc")
    List<Long> finishedIdsNewestFirst(@Param("auditId") String auditId);

    @Query("select r.id from AuditRunEntity r where r.status <> 'RUNNING' and r.startedAt < :before")
    List<Long> finishedIdsStartedBefore(@Param("before") Instant before);
}
