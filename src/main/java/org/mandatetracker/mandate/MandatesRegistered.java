package org.mandatetracker.mandate;

import java.util.List;

/**
 * Published inside the import transaction once all of its new mandates are stored, renewals included (these
 * also publish {@link MandateRenewed}). The workflow feature starts their processes in the same transaction, so
 * an import stores everything or nothing, and all at once, so that the engine writes them in one go.
 */
public record MandatesRegistered(List<Mandate> mandates) {
}
