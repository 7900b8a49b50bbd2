package org.mandatetracker.mandate;

/** A resolution with this symbol, or this very file, has already been imported. */
public class DuplicateDocumentException extends RuntimeException {

    public DuplicateDocumentException(String message) {
        super(message);
    }
}
