package org.mandatetracker.mandate;

import org.mandatetracker.extraction.MandateKind;

/**
 * Published in the correcting transaction when a manager has corrected a mandate's kind, so the
 * workflow ends the process of the previous kind and starts the new kind's.
 *
 * @param reason in the manager's words, given to the ended process as its end reason
 */
public record MandateKindCorrected(Mandate mandate, MandateKind previousKind, String reason) {
}
