package org.mandatetracker.mandate;

import org.mandatetracker.base.ConflictException;

/** A resolution with this symbol, or this very file, has already been imported. */
public class DuplicateDocumentException extends ConflictException {

    public DuplicateDocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
