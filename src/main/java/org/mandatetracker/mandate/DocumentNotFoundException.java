package org.mandatetracker.mandate;

/** No imported document has this id. */
public class DocumentNotFoundException extends RuntimeException {

    public DocumentNotFoundException(long id) {
        super("There is no imported document " + id);
    }
}
