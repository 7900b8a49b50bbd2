package org.mandatetracker.mandate;

/** What a mandate asks for, as extraction names it ({@code docs/extraction-contract.md}); stored by name. */
public enum MandateKind {
    REPORT("report"), AGENDA("agenda item"), ACTION("action");

    private final String label;

    MandateKind(String label) {
        this.label = label;
    }

    /** The kind in words, as the register shows it. */
    public String label() {
        return label;
    }
}
