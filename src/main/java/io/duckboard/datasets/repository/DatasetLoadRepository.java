package io.duckboard.datasets.repository;

import io.duckboard.datasets.LoadStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DatasetLoadRepository extends JpaRepository<DatasetLoad, Long> {

    List<DatasetLoad> findByStatus(LoadStatus status);

    List<DatasetLoad> findByStatusOrderByIdDesc(LoadStatus status, Limit limit);

    Optional<DatasetLoad> findFirstByStatusNotOrderByIdDesc(LoadStatus status);

    List<DatasetLoad> findAllByOrderByIdDesc(Limit limit);
}
