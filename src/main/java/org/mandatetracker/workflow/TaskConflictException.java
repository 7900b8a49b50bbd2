package org.mandatetracker.workflow;

import org.mandatetracker.base.EnglishText;

/**
 * The task was completed already, or someone else holds it: nothing was changed. Its words are the UI's
 * message bundles' under {@link #messageKey()}, in English for the API ({@link #getMessage()}).
 */
public class TaskConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TaskConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return EnglishText.of(messageKey, arguments);
    }
}
