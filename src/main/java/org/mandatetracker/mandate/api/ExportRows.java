package org.mandatetracker.mandate.api;

import java.util.List;

/**
 * Rows written one after the other to the answer of an export; nothing is kept once written. The cells
 * are texts, whole numbers or dates (see {@link ExportColumn}); closing finishes the file.
 */
interface ExportRows extends AutoCloseable {

    /** @throws java.io.UncheckedIOException when the answer cannot be written (the client went away) */
    void write(List<?> cells);

    @Override
    void close();
}
