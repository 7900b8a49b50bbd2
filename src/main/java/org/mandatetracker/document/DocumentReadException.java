package org.mandatetracker.document;

/**
 * A document could not be read. The message is written for the person who uploaded the file: it
 * says what is wrong with the file and, where possible, what to do about it.
 */
public class DocumentReadException extends RuntimeException {

    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
