package io.duckboard.audits.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditStepRunRepository extends JpaRepository<AuditStepRunEntity, Long> {

    List<AuditStepRunEntity> findByRunIdOrderByPosition(long runId);

    Optional<AuditStepRunEntity> findByRunIdAndPosition(long runId, int position);

    void deleteByRunIdIn(Collection<Long> runIds);
}
