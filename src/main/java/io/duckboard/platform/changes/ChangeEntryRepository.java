package io.duckboard.platform.changes;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    @Query("""
            select c from ChangeEntry c
            where (:kind is null or c.kind = :kind)
              and (:actor is null or lower(c.actor) like lower(concat('%', :actor, '%')))
              and c.at >= :from and c.at < :to
            order by c.at desc, c.id desc""")
    List<ChangeEntry> search(@Param("kind") @Nullable String kind, @Param("actor") @Nullable String actor,
                             @Param("from") Instant from, @Param("to") Instant to, Limit limit);
}
