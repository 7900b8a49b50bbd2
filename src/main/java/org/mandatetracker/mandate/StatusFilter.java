package org.mandatetracker.mandate;

import org.mandatetracker.base.Translatable;

/**
 * The status choices of the register: each {@link MandateStatus}, and "due within 30 days", the open
 * mandates due from today to 30 days ahead, counted from the day the register is read (so a bookmark
 * keeps its meaning). The names of the statuses are theirs, so {@code status=OVERDUE} still reads as before.
 */
public enum StatusFilter implements Translatable {
    OPEN(MandateStatus.OPEN),
    DUE_WITHIN_30_DAYS(null),
    OVERDUE(MandateStatus.OVERDUE),
    NO_DATE(MandateStatus.NO_DATE),
    DONE(MandateStatus.DONE),
    DISMISSED(MandateStatus.DISMISSED),
    SUPERSEDED(MandateStatus.SUPERSEDED);

    /** How far ahead {@link #DUE_WITHIN_30_DAYS} looks. */
    public static final int DUE_SOON_DAYS = 30;

    private final MandateStatus status;

    StatusFilter(MandateStatus status) {
        this.status = status;
    }

    public static StatusFilter of(MandateStatus status) {
        return valueOf(status.name());
    }

    public String label() {
        return status == null ? "due within " + DUE_SOON_DAYS + " days" : status.label();
    }
}
