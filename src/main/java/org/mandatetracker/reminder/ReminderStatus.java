package org.mandatetracker.reminder;

/** Where a reminder stands in the send log. */
public enum ReminderStatus {
    /** No SMTP server is configured: kept, so that nothing is lost, and shown in the outbox. */
    QUEUED,
    /** Handed to the SMTP server; stays so if the application stopped before the server answered. */
    SENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** The SMTP server refused it or was unreachable; the job retries it. */
    FAILED
}
