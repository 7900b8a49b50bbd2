package org.mandatetracker.workflow;

/** No task with this id has ever existed. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("There is no task " + taskId);
    }
}
