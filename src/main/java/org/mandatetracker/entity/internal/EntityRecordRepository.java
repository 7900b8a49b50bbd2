package org.mandatetracker.entity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EntityRecordRepository extends JpaRepository<EntityRecord, String> {

    List<EntityRecord> findAllByOrderByCode();

    List<EntityRecord> findByRetiredFalseOrderByCode();
}
