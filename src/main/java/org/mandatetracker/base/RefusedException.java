package org.mandatetracker.base;

/**
 * A request a service refuses for a reason people can act on ("A user named 'ana' already exists"):
 * the API answers 400 unless its controller says otherwise. Its words are the UI's message bundles'
 * ({@link Message}): the UI shows them in the reader's language, logs and the API in English (the
 * exception's message).
 */
public class RefusedException extends IllegalArgumentException implements Message.Explained {

    private final transient Message reason;

    public RefusedException(String messageKey, Object... arguments) {
        this(Message.of(messageKey, arguments), null);
    }

    /** A refusal for a reason given already, that of {@code cause} if it is one. */
    protected RefusedException(Message reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    @Override
    public Message reason() {
        return reason;
    }
}
