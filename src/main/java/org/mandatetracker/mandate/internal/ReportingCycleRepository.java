package org.mandatetracker.mandate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingCycleRepository extends JpaRepository<ReportingCycleRecord, Long> {

    List<ReportingCycleRecord> findByMandateIdOrderByCycle(Long mandateId);
}
