package org.mandatetracker.mandate;

import org.springframework.util.unit.DataSize;

/** The upload is over the configured limit. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(DataSize limit) {
        super("The file is larger than the upload limit of " + limit.toMegabytes() + " MB");
    }
}
