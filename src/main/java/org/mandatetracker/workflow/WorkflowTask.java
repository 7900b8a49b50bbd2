package org.mandatetracker.workflow;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Date;
import java.util.List;
import org.mandatetracker.base.Message;
import org.mandatetracker.base.api.InEnglish;

/**
 * An open task of a mandate's process, as the API and UI show it.
 *
 * @param title        its mandate's words ({@code Mandate#title()}), read in each reader's language and in English
 *                     by the API; null for a task of no known mandate
 * @param lastUpdated  its last change or creation
 * @param reviewComment on a report sent back by its review, the reviewer's comment; otherwise {@code null}
 */
public record WorkflowTask(String id, String name, String taskKey, Long mandateId,
                           @JsonSerialize(converter = InEnglish.class) Message title, String processInstanceId,
                           String assignee, List<String> candidateGroups, Date due, Date created, Date lastUpdated,
                           String reviewComment) {

    /** Due before the moment given, and still open. */
    public boolean overdueAt(Date now) {
        return due != null && due.before(now);
    }
}
