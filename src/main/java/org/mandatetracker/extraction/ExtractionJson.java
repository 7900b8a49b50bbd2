package org.mandatetracker.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of the extraction contract: ISO dates ("2021-09-30"), nulls written out. */
public final class ExtractionJson {

    private ExtractionJson() {
    }

    /** A new mapper configured for the contract; callers may share it (ObjectMapper is thread-safe). */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
