package org.mandatetracker.reminder.delegate;

import java.util.Collection;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.mandatetracker.reminder.ReminderSchedule;
import org.springframework.stereotype.Component;

/**
 * The user tasks' assignment listener: a new assignee (by claim, reassignment or moved owner) is
 * reminded at once if a lead time has passed. It sends nothing itself: it moves the task's reminder
 * timer to now, so the job executor runs the model's asynchronous "Send reminder" path, out of the
 * assigning transaction. Before the first lead time there is nothing to catch up on.
 */
@Component("remindNewAssigneeListener")
public class RemindNewAssigneeListener implements TaskListener {

    static final String SEND_REMINDER = "${sendReminderDelegate}";

    private final ManagementService management;
    private final ReminderSchedule schedule;

    public RemindNewAssigneeListener(ManagementService management, ReminderSchedule schedule) {
        this.management = management;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null || schedule.leadTimeReached(task.getDueDate()).isEmpty()) {
            return;
        }
        UserTask userTask = task.getBpmnModelElementInstance();
        Collection<BoundaryEvent> boundaryEvents = userTask.getModelInstance().getModelElementsByType(BoundaryEvent.class);
        for (BoundaryEvent boundary : boundaryEvents) {
            if (boundary.getAttachedTo() == userTask && leadsToReminder(boundary)) {
                for (Job timer : management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                        .activityId(boundary.getId()).timers().list()) {
                    management.setJobDuedate(timer.getId(), ClockUtil.getCurrentTime());
                }
            }
        }
    }

    private static boolean leadsToReminder(BoundaryEvent boundary) {
        return boundary.getOutgoing().stream().anyMatch(flow -> flow.getTarget() instanceof ServiceTask service
                && SEND_REMINDER.equals(service.getCamundaDelegateExpression()));
    }
}
