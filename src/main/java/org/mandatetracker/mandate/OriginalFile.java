package org.mandatetracker.mandate;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * An imported document's bytes as they were uploaded.
 *
 * @param mediaType as the upload declared it; browsers send none, or an empty one, for types they do not know
 */
public record OriginalFile(String fileName, String mediaType, byte[] content) {

    /** The declared media type when it is one, else {@code application/octet-stream}. */
    public MediaType contentType() {
        try {
            return MediaType.parseMediaType(mediaType);
        } catch (InvalidMediaTypeException undeclared) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
