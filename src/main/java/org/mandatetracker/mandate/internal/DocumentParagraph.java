package org.mandatetracker.mandate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

@Entity
@Table(name = "document_paragraph")
public class DocumentParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "document_paragraph")
    @TableGenerator(name = "document_paragraph", table = IdBlocks.TABLE, pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.NEXT_VALUE, pkColumnValue = "document_paragraph", allocationSize = IdBlocks.SIZE)
    private Long id;
    @Column(name = "document_id", nullable = false)
    private Long documentId;
    @Column(nullable = false)
    private int position;
    private String number;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String verbs;
    // longtext on MySQL, a long varchar on H2: either holds any paragraph
    @Column(nullable = false, columnDefinition = "longtext")
    private String text;

    protected DocumentParagraph() {
    }

    public DocumentParagraph(Long documentId, int position, String number, String kind, String verbs, String text) {
        this.documentId = documentId;
        this.position = position;
        this.number = number;
        this.kind = kind;
        this.verbs = verbs;
        this.text = text;
    }

    public String getNumber() {
        return number;
    }

    public String getKind() {
        return kind;
    }

    public String getVerbs() {
        return verbs;
    }

    public String getText() {
        return text;
    }
}
