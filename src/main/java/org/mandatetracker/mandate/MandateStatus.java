package org.mandatetracker.mandate;

/** Where a mandate stands. {@code OVERDUE} is not stored: it is an open mandate past its due date. */
public enum MandateStatus {
    OPEN, OVERDUE, DONE, DISMISSED
}
