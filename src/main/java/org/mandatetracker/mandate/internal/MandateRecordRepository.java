package org.mandatetracker.mandate.internal;

import java.util.Collection;
import java.util.List;
import org.mandatetracker.mandate.MandateStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MandateRecordRepository extends JpaRepository<MandateRecord, Long>,
        JpaSpecificationExecutor<MandateRecord> {

    List<MandateRecord> findByDocumentIdOrderById(Long documentId);

    /** The mandates that renew {@code mandateId} (one, unless two renewals were accepted for it). */
    List<MandateRecord> findByRenewsOrderById(Long mandateId);

    /**
     * Pairs of an open mandate of one of the kinds and its document's symbol, for the documents of
     * {@code body} with the given symbols: renewal candidates named by the new text.
     */
    @Query("select m, d.symbol from MandateRecord m, ImportedDocument d where d.id = m.documentId"
            + " and d.symbol in :symbols and d.body = :body and m.status = :status and m.kind in :kinds")
    List<Object[]> findInDocuments(Collection<String> symbols, String body, MandateStatus status,
                                   Collection<String> kinds);

    /**
     * Pairs of a mandate of one of the kinds and its document's symbol, of {@code body}, that names one
     * of {@code entities}: renewal candidates about the same mission, found through {@code mandate_mention}.
     */
    @Query("select m, d.symbol from MandateRecord m, ImportedDocument d where d.id = m.documentId"
            + " and d.body = :body and m.status = :status and m.kind in :kinds and m.id in"
            + " (select n.mandateId from MandateMention n where n.entityCode in :entities)")
    List<Object[]> findMentioning(Collection<String> entities, String body, MandateStatus status,
                                  Collection<String> kinds);

    /** Pairs of document id and its number of mandates, for the documents listed at once. */
    @Query("select m.documentId, count(m) from MandateRecord m where m.documentId in :documentIds group by m.documentId")
    List<Object[]> countByDocumentIds(Collection<Long> documentIds);
}
