package org.mandatetracker.mandate;

import java.util.Arrays;

/**
 * What a mandate asks for, as extraction names it ({@code docs/extraction-contract.md}), which chooses
 * its follow-up process; stored and extracted by name.
 */
public enum MandateKind {
    REPORT("Report"),
    AGENDA("Agenda item"),
    ACTION("Action");

    private final String label;

    MandateKind(String label) {
        this.label = label;
    }

    /** In words, for people. */
    public String label() {
        return label;
    }

    /** The stored kind ({@link Mandate#kind()}) in words; one that is none of these as it is. */
    public static String labelOf(String kind) {
        return Arrays.stream(values()).filter(known -> known.name().equals(kind)).findFirst()
                .map(MandateKind::label).orElse(kind);
    }
}
