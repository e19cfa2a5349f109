package io.duckboard.audits.alerts;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertDeliveryRepository extends JpaRepository<AlertDeliveryEntity, Long> {

    List<AlertDeliveryEntity> findAllByOrderByIdDesc(Limit limit);
}
