package org.mandatetracker.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a mandating verb asks; the contract's JSON and the stored mandate write it in lower case. */
public enum Strength {
    REQUEST, ENCOURAGE;

    /** As the contract's JSON writes it ("request"). */
    @JsonValue
    public String contractName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value a contract name stands for, as stored with a mandate; an unknown name is a bad value. */
    public static Strength ofContractName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
