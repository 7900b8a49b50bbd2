package org.mandatetracker.workflow;

import java.util.Date;
import java.util.List;

/**
 * An open task of a mandate's process, as the API and UI show it.
 *
 * @param lastUpdated  its last change or creation
 * @param reviewComment on a report sent back by its review, the reviewer's comment; otherwise {@code null}
 */
public record WorkflowTask(String id, String name, String taskKey, Long mandateId, String title, String processInstanceId,
                           String assignee, List<String> candidateGroups, Date due, Date created, Date lastUpdated,
                           String reviewComment) {

    /** Due before the moment given, and still open. */
    public boolean overdueAt(Date now) {
        return due != null && due.before(now);
    }
}
