package org.mandatetracker.mandate;

/** What a mandate asks for, which chooses its follow-up process; stored and extracted by name. */
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
}
