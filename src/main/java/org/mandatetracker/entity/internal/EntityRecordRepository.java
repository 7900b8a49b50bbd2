package org.mandatetracker.entity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntityRecordRepository extends JpaRepository<EntityRecord, String> {

    // the eager aliases in the same select: without the graph Hibernate reads them entity by entity (one query each)
    @EntityGraph(attributePaths = "aliases")
    List<EntityRecord> findAllByOrderByCode();

    @EntityGraph(attributePaths = "aliases")
    List<EntityRecord> findByRetiredFalseOrderByCode();
}
