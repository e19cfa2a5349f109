package io.duckboard.settings.repository;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookTargetRepository extends JpaRepository<WebhookTarget, Long> {

    List<WebhookTarget> findAllByOrderByName();

    Optional<WebhookTarget> findByNameIgnoreCase(String name);
}
