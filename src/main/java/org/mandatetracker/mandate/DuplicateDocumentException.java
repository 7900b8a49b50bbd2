package org.mandatetracker.mandate;

/** A resolution with this symbol has already been imported. */
public class DuplicateDocumentException extends RuntimeException {

    public DuplicateDocumentException(String symbol) {
        super(symbol + " has already been imported");
    }
}
