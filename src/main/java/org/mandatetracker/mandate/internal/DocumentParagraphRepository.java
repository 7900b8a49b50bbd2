package org.mandatetracker.mandate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DocumentParagraphRepository extends JpaRepository<DocumentParagraph, Long> {

    List<DocumentParagraph> findByDocumentIdOrderByPosition(Long documentId);

    @Modifying
    @Query("delete from DocumentParagraph p where p.documentId = :documentId")
    void deleteByDocumentId(Long documentId);
}
