package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * An imported document as the register reads it beside its mandates: the same row as {@link ImportedDocument}
 * without the original bytes, which Hibernate would otherwise read with every row (a lazy basic attribute is
 * loaded eagerly unless the bytecode is enhanced), so that a page or an export of mandates never loads files.
 */
@Entity
@Immutable
@Table(name = "imported_document")
public class DocumentHeader {

    @Id
    private Long id;
    private String symbol;
    private String body;
    private LocalDate adopted;
    @Column(name = "imported_at")
    private Instant importedAt;

    protected DocumentHeader() {
    }

    public Long getId() {
        return id;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getAdopted() {
        return adopted;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
