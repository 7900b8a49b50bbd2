package org.mandatetracker.mandate;

import org.mandatetracker.base.RefusedException;
import org.springframework.util.unit.DataSize;

/** The upload is over the configured limit (the API answers 413). */
public class DocumentTooLargeException extends RefusedException {

    public DocumentTooLargeException(DataSize limit) {
        super("import.refused.tooLarge", limit.toMegabytes());
    }
}
