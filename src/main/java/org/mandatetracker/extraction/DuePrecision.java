package org.mandatetracker.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exactly a deadline is known; the contract's JSON and the stored mandate write it in lower case. */
public enum DuePrecision {
    DAY, MONTH, YEAR,
    /** Only the session is known, by its number. */
    SESSION;

    /** As the contract's JSON writes it ("day"). */
    @JsonValue
    public String contractName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value a contract name stands for, as stored with a mandate; an unknown name is a bad value. */
    public static DuePrecision ofContractName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
