package org.mandatetracker.mandate;

import org.mandatetracker.base.Message;
import org.mandatetracker.base.RefusedException;

/** The file is not something we can import (unreadable, not a resolution, no symbol): nothing was stored. */
public class ImportRejectedException extends RefusedException {

    public ImportRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** A preview's refusal (a draft), when the import is asked for all the same. */
    public ImportRejectedException(Message reason) {
        super(reason, null);
    }

    /** The file could not be read, or is no resolution, for the reader's or extraction's reason. */
    public ImportRejectedException(RefusedException rejected) {
        super(rejected.reason(), rejected);
    }
}
