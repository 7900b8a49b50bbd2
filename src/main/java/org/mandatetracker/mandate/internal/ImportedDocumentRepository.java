package org.mandatetracker.mandate.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedDocumentRepository extends JpaRepository<ImportedDocument, Long> {

    boolean existsBySymbol(String symbol);

    List<ImportedDocument> findAllByOrderByImportedAtDesc();
}
