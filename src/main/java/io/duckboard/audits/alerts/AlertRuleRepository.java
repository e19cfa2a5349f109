package io.duckboard.audits.alerts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertRuleRepository extends JpaRepository<AlertRuleEntity, Long> {

    List<AlertRuleEntity> findAllByOrderById();
}
