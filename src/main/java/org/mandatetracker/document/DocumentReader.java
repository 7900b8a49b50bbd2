package org.mandatetracker.document;

/** Reads one document format into text. Implementations are stateless and thread-safe. */
interface DocumentReader {

    /** @throws DocumentReadException when the content cannot be read as this format */
    DocumentText read(byte[] content);
}
