package org.mandatetracker.reminder;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the send log, as the API and the outbox show it. */
public record Reminder(long id, ReminderKind kind, String occasion, String recipient, String email, String subject,
                       Long mandateId, String taskId, LocalDate due, ReminderStatus status, Instant createdAt,
                       Instant sentAt, int attempts, String lastError) {
}
