package org.mandatetracker.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Whether a paragraph of a resolution is part of its preamble or of its operative part. */
public enum ParagraphKind {
    PREAMBULAR("preambular"),
    OPERATIVE("operative");

    private final String code;

    ParagraphKind(String code) {
        this.code = code;
    }

    /** The word the extraction contract writes in JSON and the database stores. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The kind a stored word names. */
    public static ParagraphKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No paragraph kind " + code));
    }
}
