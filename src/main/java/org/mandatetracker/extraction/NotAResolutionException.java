package org.mandatetracker.extraction;

import org.mandatetracker.base.RefusedException;

/** The document was read but is not a resolution: it has no operative paragraphs. */
public class NotAResolutionException extends RefusedException {

    public NotAResolutionException(String messageKey) {
        super(messageKey);
    }
}
