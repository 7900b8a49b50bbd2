package org.mandatetracker.mandate;

/**
 * Published inside the import transaction for every new mandate. The workflow feature starts the
 * mandate's process in the same transaction, so an import stores everything or nothing.
 */
public record MandateRegistered(Mandate mandate) {
}
