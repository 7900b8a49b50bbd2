package org.mandatetracker.mandate;

/**
 * Published inside the import transaction, after {@link MandateRegistered}, when a new mandate renews an
 * open one: the workflow hands the follow-up to the successor's process and ends the predecessor's as
 * superseded by the successor's resolution.
 */
public record MandateRenewed(Mandate successor, Mandate predecessor) {
}
