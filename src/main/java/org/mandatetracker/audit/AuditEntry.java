package org.mandatetracker.audit;

import java.time.Instant;

/**
 * One change in the audit history.
 *
 * @param actor   who made it (null for start-up code acting for nobody)
 * @param subject the user name or entity code it was made to
 */
public record AuditEntry(Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
}
