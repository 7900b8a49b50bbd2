package org.mandatetracker.mandate;

import java.time.Instant;
import org.mandatetracker.base.Message;

/**
 * One entry of a mandate's history.
 *
 * @param actor  the username of who did it, or null for the workflow acting on its own (a timer, the next cycle)
 * @param detail what changed, in English words: "DPO, focal point dpo.focal (was DPPA, focal point ana)"
 * @param detailMessage the same to read in any language, or null for an entry stored in English only
 */
public record MandateEvent(Instant occurredAt, String actor, MandateEventKind kind, String detail, Message detailMessage) {
}
