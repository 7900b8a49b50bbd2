package org.mandatetracker.mandate.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MandateRecordRepository extends JpaRepository<MandateRecord, Long>,
        JpaSpecificationExecutor<MandateRecord> {

    List<MandateRecord> findByDocumentIdOrderById(Long documentId);

    /** Pairs of document id and its number of mandates, for the documents listed at once. */
    @Query("select m.documentId, count(m) from MandateRecord m where m.documentId in :documentIds group by m.documentId")
    List<Object[]> countByDocumentIds(Collection<Long> documentIds);
}
