package org.mandatetracker.workflow;

import org.mandatetracker.base.EnglishText;
import org.mandatetracker.base.Message;

/** No task with this id has ever existed (the API answers 404). */
public class TaskNotFoundException extends RuntimeException implements Message.Explained {

    private final transient Message reason;

    public TaskNotFoundException(String taskId) {
        super(EnglishText.of("task.notFound", taskId));
        this.reason = Message.of("task.notFound", taskId);
    }

    @Override
    public Message reason() {
        return reason;
    }
}
