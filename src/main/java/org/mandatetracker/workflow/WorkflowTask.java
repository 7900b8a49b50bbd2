package org.mandatetracker.workflow;

import java.util.Date;
import java.util.List;

/** An open task of a mandate's process, as the API and UI show it; {@code lastUpdated} is its last change or creation. */
public record WorkflowTask(String id, String name, String taskKey, Long mandateId, String title, String processInstanceId,
                           String assignee, List<String> candidateGroups, Date due, Date created, Date lastUpdated) {
}
