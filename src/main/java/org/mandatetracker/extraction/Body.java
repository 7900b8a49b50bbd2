package org.mandatetracker.extraction;

import org.mandatetracker.base.Translatable;

/** The body that adopted a resolution, as extraction names it; stored by name with the imported document. */
public enum Body implements Translatable {
    GENERAL_ASSEMBLY("General Assembly"),
    SECURITY_COUNCIL("Security Council"),
    ECONOMIC_AND_SOCIAL_COUNCIL("ECOSOC"),
    HUMAN_RIGHTS_COUNCIL("Human Rights Council"),
    OTHER("Other bodies");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    /** The body a registry code names ("SECURITY_COUNCIL"), {@link #OTHER} for a code that names none of the main organs. */
    public static Body ofCode(String code) {
        for (Body body : values()) {
            if (body.name().equals(code)) {
                return body;
            }
        }
        return OTHER;
    }

    /** The body in words, as people name it. */
    public String label() {
        return label;
    }
}
