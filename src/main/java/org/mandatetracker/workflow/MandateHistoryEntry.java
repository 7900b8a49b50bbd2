package org.mandatetracker.workflow;

import java.time.Instant;

/**
 * One line of a mandate's whole history, its register events and its workflow's steps merged.
 *
 * @param actor  the username of who did it, or null for the system (an import job, the process itself)
 * @param what   what happened, in words: "Lead assigned", "Task completed: Prepare report"
 * @param detail more about it, or null: the lead named, a comment's text, a correction's reason
 */
public record MandateHistoryEntry(Instant occurredAt, String actor, String what, String detail) {
}
