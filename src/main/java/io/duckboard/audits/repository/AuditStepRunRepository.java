package io.duckboard.audits.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditStepRunRepository extends JpaRepository<AuditStepRunEntity, Long> {

    List<AuditStepRunEntity> findByRunIdOrderByPosition(long runId);

    Optional<AuditStepRunEntity> findByRunIdAndPosition(long runId, int position);

    @Modifying
    @Query("delete from AuditStepRunEntity e where e.runId in :runIds")
    int deleteByRunIdIn(@Param("runIds") Collection<Long> runIds);
}
