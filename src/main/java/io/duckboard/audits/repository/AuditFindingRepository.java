package io.duckboard.audits.repository;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditFindingRepository extends JpaRepository<AuditFindingEntity, Long> {

    List<AuditFindingEntity> findByRunIdOrderById(long runId);

    @Modifying
    @Query("delete from AuditFindingEntity e where e.runId in :runIds")
    int deleteByRunIdIn(@Param("runIds") Collection<Long> runIds);
}
