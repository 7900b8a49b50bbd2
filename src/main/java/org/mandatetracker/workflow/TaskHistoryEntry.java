package org.mandatetracker.workflow;

import java.util.Date;

/** A step a mandate's process has taken: a task started and perhaps finished, by whom. */
public record TaskHistoryEntry(String name, String taskKey, String assignee, Date started, Date ended,
                               String deleteReason) {
}
