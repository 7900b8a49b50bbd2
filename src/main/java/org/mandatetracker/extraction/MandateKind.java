package org.mandatetracker.extraction;

import org.mandatetracker.base.Translatable;

/**
 * What a mandate asks for, as extraction names it ({@code docs/extraction-contract.md}); it chooses the
 * mandate's process. Stored and published by name.
 */
public enum MandateKind implements Translatable {
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
}
