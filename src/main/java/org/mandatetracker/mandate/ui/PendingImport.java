package org.mandatetracker.mandate.ui;

import org.mandatetracker.mandate.ImportPreview;

/**
 * A file read for its preview and not stored yet: its bytes stay in the view's memory until the person
 * confirms or cancels.
 *
 * @param symbol the symbol given with a pasted text, null for a file
 */
record PendingImport(String fileName, String mediaType, byte[] content, String symbol, ImportPreview preview) {
}
