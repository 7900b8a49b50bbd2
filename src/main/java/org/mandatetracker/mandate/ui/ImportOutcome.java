package org.mandatetracker.mandate.ui;

/**
 * What became of one file in the import view: imported as a document, or refused with the reason.
 *
 * @param documentId null when refused
 * @param refusal    the plain sentence that says why, null when imported
 */
record ImportOutcome(String fileName, Long documentId, String symbol, int mandates, String refusal) {

    static ImportOutcome imported(String fileName, long documentId, String symbol, int mandates) {
        return new ImportOutcome(fileName, documentId, symbol, mandates, null);
    }

    static ImportOutcome refused(String fileName, String refusal) {
        return new ImportOutcome(fileName, null, null, 0, refusal);
    }

    boolean isImported() {
        return documentId != null;
    }
}
