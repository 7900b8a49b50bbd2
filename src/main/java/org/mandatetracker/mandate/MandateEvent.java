package org.mandatetracker.mandate;

import java.time.Instant;

/**
 * One entry of a mandate's history.
 *
 * @param actor  the username of who did it, or null for the workflow acting on its own (a timer, the next cycle)
 * @param detail what changed, in words: "DPO, focal point dpo.focal (was: none)"
 */
public record MandateEvent(Instant occurredAt, String actor, MandateEventKind kind, String detail) {
}
