package org.mandatetracker.mandate;

import java.util.List;
import org.mandatetracker.extraction.ParagraphKind;

/** An imported resolution with its paragraphs and mandates. */
public record DocumentDetails(ImportedDocumentSummary document, List<StoredParagraph> paragraphs, List<Mandate> mandates) {

    /** A paragraph as stored: {@code number} null for the preamble. */
    public record StoredParagraph(String number, ParagraphKind kind, List<String> verbs, String text) {
    }
}
