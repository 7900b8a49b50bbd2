package org.mandatetracker.mandate;

import java.util.Arrays;
import java.util.Optional;
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

    /** The kind a stored or extracted name stands for. */
    public static Optional<MandateKind> of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** The stored kind ({@link Mandate#kind()}) in words; one that is none of these as it is. */
    public static String labelOf(String kind) {
        return of(kind).map(MandateKind::label).orElse(kind);
    }
}
