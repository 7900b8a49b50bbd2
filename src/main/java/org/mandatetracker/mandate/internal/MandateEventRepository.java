package org.mandatetracker.mandate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MandateEventRepository extends JpaRepository<MandateEventRecord, Long> {

    List<MandateEventRecord> findByMandateIdOrderByOccurredAtAscIdAsc(Long mandateId);
}
