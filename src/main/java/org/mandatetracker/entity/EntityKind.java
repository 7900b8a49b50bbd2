package org.mandatetracker.entity;

import org.mandatetracker.base.Translatable;

/** What sort of actor an entity of the registry is (see {@link UnEntity#kind()}). */
public enum EntityKind implements Translatable {
    BODY("Organ that adopts resolutions"),
    OFFICIAL("Office holder"),
    ORGANIZATION("The Organization"),
    SECRETARIAT("Department or office"),
    FUND_PROGRAMME("Fund or programme"),
    SPECIALIZED_AGENCY("Specialized agency"),
    SUBSIDIARY_BODY("Subsidiary body"),
    MISSION("Mission"),
    GENERIC("Class of actors"),
    RELATED_ORGANIZATION("Related organization");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
