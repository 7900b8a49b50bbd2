package org.mandatetracker.mandate.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportedDocumentRepository extends JpaRepository<ImportedDocument, Long> {

    boolean existsBySymbol(String symbol);

    Optional<ImportedDocument> findBySha256(String sha256);

    List<ImportedDocument> findAllByOrderByImportedAtDesc();
}
