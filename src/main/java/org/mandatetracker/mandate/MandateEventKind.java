package org.mandatetracker.mandate;

import org.mandatetracker.base.Translatable;

/** What can happen to a mandate outside its workflow tasks, as its history lists it. */
public enum MandateEventKind implements Translatable {
    IMPORTED("Imported"),
    CORRECTED_IN_PREVIEW("Corrected in the import preview"),
    LEAD_ASSIGNED("Lead assigned"),
    KIND_CORRECTED("Kind corrected"),
    DUE_CORRECTED("Due date corrected"),
    REPORT_SUBMITTED("Report submitted"),
    RENEWS("Renews an earlier mandate"),
    SUPERSEDED("Superseded by a renewal"),
    LEFT_OUT("Left out by a renewal"),
    ENDS_WITH_EXTENSION("Ends with the extension of the mandate"),
    KEPT_AFTER_RENEWAL("Kept after a renewal left it out"),
    CLOSED_AFTER_RENEWAL("Closed after a renewal left it out");

    private final String label;

    MandateEventKind(String label) {
        this.label = label;
    }

    /** In words, for the mandate page. */
    public String label() {
        return label;
    }
}
