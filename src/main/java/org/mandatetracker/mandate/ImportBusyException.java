package org.mandatetracker.mandate;

import org.mandatetracker.base.RefusedException;

/** Every extraction slot stayed busy while the import waited for one: try again shortly (the API answers 503). */
public class ImportBusyException extends RefusedException {

    public ImportBusyException() {
        super("import.refused.busy");
    }
}
