package org.mandatetracker.mandate;

/** No mandate has that id. */
public class MandateNotFoundException extends RuntimeException {

    public MandateNotFoundException(long id) {
        super("There is no mandate " + id);
    }
}
