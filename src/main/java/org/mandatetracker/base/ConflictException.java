package org.mandatetracker.base;

/**
 * A request that the state of its object has overtaken (a task completed or claimed meanwhile, a mandate
 * no longer open): nothing was changed, and the API answers 409. Its words are the UI's message
 * bundles' ({@link Message}), in English for logs and the API (the exception's message).
 */
public class ConflictException extends IllegalStateException implements Message.Explained {

    private final transient Message reason;

    public ConflictException(String messageKey, Object... arguments) {
        super(EnglishText.of(messageKey, arguments));
        this.reason = Message.of(messageKey, arguments);
    }

    @Override
    public Message reason() {
        return reason;
    }
}
