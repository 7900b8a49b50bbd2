package org.mandatetracker.workflow;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The groups a task is offered to, e.g. {@code DPO_STAFF} (see {@code WorkflowGroups}). */
public final class CandidateGroups {

    private CandidateGroups() {
    }

    public static List<String> of(TaskService tasks, String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
