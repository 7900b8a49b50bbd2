package org.mandatetracker.reminder.delegate;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The user task a reminder path belongs to, read from the model: the service task follows a timer
 * boundary event, which is attached to the user task. So every model names the task once, by drawing.
 */
final class RemindedTasks {

    private RemindedTasks() {
    }

    /** The open instances (normally one) of the user task whose boundary event started this path. */
    static List<String> of(DelegateExecution execution, TaskService tasks) {
        FlowNode serviceTask = (FlowNode) execution.getBpmnModelElementInstance();
        SequenceFlow incoming = serviceTask.getIncoming().iterator().next();
        String userTaskKey = ((BoundaryEvent) incoming.getSource()).getAttachedTo().getId();
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(userTaskKey).list().stream().map(task -> task.getId()).toList();
    }
}
