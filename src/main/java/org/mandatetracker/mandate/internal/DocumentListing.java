package org.mandatetracker.mandate.internal;

import java.time.Instant;
import java.time.LocalDate;

/** An imported document as the list of documents shows it: everything but its bytes. */
public record DocumentListing(long id, String symbol, String body, String language, String status, LocalDate adopted,
                              String fileName, String sha256, long sizeBytes, String importedBy, Instant importedAt) {
}
