package org.mandatetracker.mandate.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "imported_document")
public class ImportedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String symbol;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String status;
    private LocalDate adopted;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    // the original bytes are read only when someone downloads them
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportedDocument() {
    }

    public ImportedDocument(String symbol, String body, String language, String status, LocalDate adopted,
                            String fileName, String mediaType, byte[] content, String sha256, String importedBy) {
        this.symbol = symbol;
        this.body = body;
        this.language = language;
        this.status = status;
        this.adopted = adopted;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
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

    public String getLanguage() {
        return language;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getAdopted() {
        return adopted;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
