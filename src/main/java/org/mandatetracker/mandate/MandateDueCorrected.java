package org.mandatetracker.mandate;

/**
 * Published in the correcting transaction when a manager has corrected a mandate's due date, so the
 * workflow moves its due-date variables and the open tasks' due dates.
 */
public record MandateDueCorrected(Mandate mandate) {
}
