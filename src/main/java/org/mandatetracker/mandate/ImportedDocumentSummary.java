package org.mandatetracker.mandate;

import java.time.Instant;
import java.time.LocalDate;

/** An imported resolution without its bytes. */
public record ImportedDocumentSummary(long id, String symbol, String body, String language, String status,
                                      LocalDate adopted, String fileName, String sha256, long sizeBytes,
                                      String importedBy, Instant importedAt, int mandateCount) {
}
