package org.mandatetracker.workflow.delegate;

import java.time.Clock;
import java.util.Date;
import org.mandatetracker.workflow.WorkflowProperties;
import org.springframework.stereotype.Component;

/**
 * The due date of the tasks that follow up on an implementation ("Report progress", "Confirm
 * closure"): the models map it into a variable of the task as it opens,
 * {@code ${followUpDueDate.fromNow()}}, which the task's due date and its reminder and escalation timers
 * then read, so that all three agree.
 */
@Component("followUpDueDate")
public class FollowUpDueDate {

    private final WorkflowProperties workflow;
    private final Clock clock;

    public FollowUpDueDate(WorkflowProperties workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    /** {@code follow-up-time} from now, in the workflow's zone. */
    public Date fromNow() {
        return Date.from(clock.instant().atZone(workflow.zone()).plus(workflow.followUpTime()).toInstant());
    }
}
