package org.mandatetracker.reminder;

/** Why a message goes out. */
public enum ReminderKind {
    /** A task's due date comes near: to its assignee, or while unassigned to its candidate groups. */
    REMINDER,
    /** A task is overdue: to the managers of the entity responsible for it, on the first day and weekly. */
    ESCALATION,
    /** Once a day, for people who chose it instead of single reminders: their near and overdue work. */
    DIGEST
}
