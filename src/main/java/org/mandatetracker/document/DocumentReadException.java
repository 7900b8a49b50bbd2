package org.mandatetracker.document;

import org.mandatetracker.base.Message;
import org.mandatetracker.base.RefusedException;

/**
 * A document could not be read. The message is written for the person who uploaded the file: it
 * says what is wrong with the file and, where possible, what to do about it, in their language
 * ({@link #reason()}) or in English ({@link #getMessage()}).
 */
public class DocumentReadException extends RefusedException {

    public DocumentReadException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** For a reader's failure that {@code cause} explains further (in the log). */
    public DocumentReadException(Throwable cause, String messageKey, Object... arguments) {
        super(Message.of(messageKey, arguments), cause);
    }
}
