package io.duckboard.platform.lifecycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppRunRepository extends JpaRepository<AppRun, Long> {

    Optional<AppRun> findFirstByIdLessThanOrderByIdDesc(long id);
}
