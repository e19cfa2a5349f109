package io.duckboard.platform.flags;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuntimeFlagRepository extends JpaRepository<RuntimeFlagEntity, String> {
}
