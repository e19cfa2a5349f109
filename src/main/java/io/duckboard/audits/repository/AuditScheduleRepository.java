package io.duckboard.audits.repository;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditScheduleRepository extends JpaRepository<AuditScheduleEntity, String> {
}
