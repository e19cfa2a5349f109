package io.duckboard.audits.alerts;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertSentRepository extends JpaRepository<AlertSentEntity, AlertSentEntity.Key> {
}
