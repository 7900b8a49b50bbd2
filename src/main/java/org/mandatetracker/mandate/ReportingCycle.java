package org.mandatetracker.mandate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted cycle of a report mandate: its number, the reporting date it was due on (none when the
 * resolution gave none) and the symbol of the report issued for it, if it was recorded.
 */
public record ReportingCycle(int cycle, LocalDate dueDate, String documentSymbol, Instant submittedAt) {
}
