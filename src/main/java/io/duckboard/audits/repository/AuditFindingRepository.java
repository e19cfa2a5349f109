package io.duckboard.audits.repository;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditFindingRepository extends JpaRepository<AuditFindingEntity, Long> {

    List<AuditFindingEntity> findByRunIdOrderById(long runId);

    void deleteByRunIdIn(Collection<Long> runIds);
}
