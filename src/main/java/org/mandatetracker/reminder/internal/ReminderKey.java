package org.mandatetracker.reminder.internal;

import org.mandatetracker.reminder.ReminderKind;

/**
 * What makes a reminder unique: one per task, kind, occasion (the lead time, e.g. {@code P7D}, or the
 * week overdue, e.g. {@code week 2}) and recipient.
 */
public record ReminderKey(String taskId, ReminderKind kind, String occasion, String recipient) {
}
