package org.mandatetracker.workflow;

/** The task was completed already, or someone else holds it: nothing was changed. */
public class TaskConflictException extends RuntimeException {

    public TaskConflictException(String message) {
        super(message);
    }
}
