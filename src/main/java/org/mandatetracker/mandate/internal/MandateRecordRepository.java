package org.mandatetracker.mandate.internal;

import java.util.Collection;
import java.util.List;
import org.mandatetracker.mandate.MandateStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MandateRecordRepository extends JpaRepository<MandateRecord, Long>,
        JpaSpecificationExecutor<MandateRecord> {

    List<MandateRecord> findByDocumentIdOrderById(Long documentId);

    /** The mandates that renew {@code mandateId} (one, unless two renewals were accepted for it). */
    List<MandateRecord> findByRenewsOrderById(Long mandateId);

    /**
     * Pairs of a mandate with the status and one of the kinds and its document's symbol, for the
     * documents of {@code body} with the given symbols, the newest first: renewal candidates named by
     * the new text.
     */
    @Query("select m, d.symbol from ImportedDocument d, MandateRecord m where d.symbol in :symbols"
            + " and d.body = :body and m.documentId = d.id and m.status = :status and m.kind in :kinds order by m.id desc")
    List<Object[]> findInDocuments(Collection<String> symbols, String body, MandateStatus status,
                                   Collection<String> kinds, Limit limit);

    /**
     * Pairs of a mandate with the status and one of the kinds and its document's symbol, of {@code body},
     * that names one of {@code entities}, the newest first (once per entity named): renewal candidates
     * about the same mission, found through {@code mandate_mention}.
     */
    @Query("select m, d.symbol from MandateMention n, MandateRecord m, ImportedDocument d where n.entityCode in :entities"
            + " and m.id = n.mandateId and m.status = :status and m.kind in :kinds and d.id = m.documentId"
            + " and d.body = :body order by m.id desc")
    List<Object[]> findMentioning(Collection<String> entities, String body, MandateStatus status,
                                  Collection<String> kinds, Limit limit);

    /** Pairs of document id and its number of mandates, for the documents listed at once. */
    @Query("select m.documentId, count(m) from MandateRecord m where m.documentId in :documentIds group by m.documentId")
    List<Object[]> countByDocumentIds(Collection<Long> documentIds);

    /** Per mandate listed, its id, symbol, paragraph, deliverable and text: what a task's title says. */
    @Query("select m.id, m.documentSymbol, m.paragraph, m.deliverable, m.text from MandateRecord m where m.id in :ids")
    List<Object[]> findTitleParts(Collection<Long> ids);
}
