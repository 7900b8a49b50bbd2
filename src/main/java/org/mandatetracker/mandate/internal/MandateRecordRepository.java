package org.mandatetracker.mandate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MandateRecordRepository extends JpaRepository<MandateRecord, Long>,
        JpaSpecificationExecutor<MandateRecord> {

    List<MandateRecord> findByDocumentIdOrderById(Long documentId);

    int countByDocumentId(Long documentId);
}
