package org.mandatetracker.mandate;

/** The file is not something we can import (unreadable, not a resolution, no symbol): nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    public ImportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ImportRejectedException(String message) {
        super(message);
    }
}
