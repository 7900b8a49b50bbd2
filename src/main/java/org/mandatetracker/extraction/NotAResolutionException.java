package org.mandatetracker.extraction;

/** The document was read but is not a resolution: it has no operative paragraphs. */
public class NotAResolutionException extends RuntimeException {

    public NotAResolutionException(String message) {
        super(message);
    }
}
