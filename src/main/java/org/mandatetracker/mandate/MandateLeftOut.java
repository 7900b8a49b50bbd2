package org.mandatetracker.mandate;

/**
 * Published inside the import transaction when a renewal of the mandate's resolution renewed others of
 * its mandates but not this one: the workflow has its managers asked to close or keep it.
 */
public record MandateLeftOut(Mandate mandate, String renewalSymbol) {
}
