package org.mandatetracker.mandate;

import java.time.LocalDate;

/** Filters of the mandate register; every field is optional. */
public record MandateFilter(MandateStatus status, String entity, LocalDate dueBefore, LocalDate dueAfter, String query) {
}
