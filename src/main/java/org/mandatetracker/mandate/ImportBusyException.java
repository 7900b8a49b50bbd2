package org.mandatetracker.mandate;

/** Every extraction slot stayed busy while the import waited for one: try again shortly. */
public class ImportBusyException extends RuntimeException {

    public ImportBusyException() {
        super("The server is reading other documents: try again in a few seconds");
    }
}
