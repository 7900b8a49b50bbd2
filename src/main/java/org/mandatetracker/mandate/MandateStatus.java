package org.mandatetracker.mandate;

import java.time.LocalDate;
import org.mandatetracker.base.Translatable;

/**
 * Where a mandate stands. Only {@code OPEN}, {@code DONE}, {@code DISMISSED} and {@code SUPERSEDED} (a renewal took over its
 * follow-up) are stored; an open
 * mandate is {@code OVERDUE} past its due date and {@code NO_DATE} when the text gives it no date, so
 * {@code OPEN} alone means open and on time.
 */
public enum MandateStatus implements Translatable {
    OPEN("on time"), OVERDUE("overdue"), NO_DATE("no date"), DONE("done"), DISMISSED("dismissed"),
    SUPERSEDED("superseded");

    private final String label;

    MandateStatus(String label) {
        this.label = label;
    }

    /** The status in words, as the register shows it. */
    public String label() {
        return label;
    }

    /** Whether the mandate's process still runs: on time, overdue or with no date. */
    public boolean isOpen() {
        return this == OPEN || this == OVERDUE || this == NO_DATE;
    }

    /** The status of a mandate whose stored status is {@code stored}, due on {@code dueDate}, seen on {@code today}. */
    public static MandateStatus of(MandateStatus stored, LocalDate dueDate, LocalDate today) {
        if (stored != OPEN) {
            return stored;
        }
        if (dueDate == null) {
            return NO_DATE;
        }
        return dueDate.isBefore(today) ? OVERDUE : OPEN;
    }
}
