package org.mandatetracker.mandate;

/**
 * Published inside the import transaction as soon as a new mandate that renews an open one is stored, before
 * {@link MandatesRegistered} (where the workflow skips it): the workflow hands the follow-up to the successor's
 * process and ends the predecessor's as superseded by the successor's resolution.
 */
public record MandateRenewed(Mandate successor, Mandate predecessor) {
}
