package org.mandatetracker.reminder;

/** The SMTP server did not take a reminder: thrown so that the job retries and, in the end, raises an incident. */
public class ReminderDeliveryException extends RuntimeException {

    public ReminderDeliveryException(String message) {
        super(message);
    }
}
