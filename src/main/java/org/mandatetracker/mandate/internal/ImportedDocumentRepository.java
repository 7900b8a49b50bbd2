package org.mandatetracker.mandate.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportedDocumentRepository extends JpaRepository<ImportedDocument, Long> {

    boolean existsBySymbol(String symbol);

    Optional<ImportedDocument> findBySha256(String sha256);

    /** The documents without their bytes (which JPA would otherwise read with each row), sorted and paged as asked. */
    @Query("select new org.mandatetracker.mandate.internal.DocumentListing(d.id, d.symbol, d.body, d.language, d.status,"
            + " d.adopted, d.fileName, d.sha256, d.sizeBytes, d.importedBy, d.importedAt) from ImportedDocument d")
    List<DocumentListing> findListings(Pageable pageable);
}
