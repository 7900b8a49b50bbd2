package org.mandatetracker.base;

/**
 * A request a service refuses for a reason people can act on ("A user named 'ana' already exists"),
 * its words in the UI's message bundles under {@link #messageKey()}: the UI shows them in the reader's
 * language, logs and the API in English ({@link #getMessage()}).
 */
public class RefusedException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RefusedException(String messageKey, Object... arguments) {
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

    /** The reason in English, the bundles' default language. */
    @Override
    public String getMessage() {
        return EnglishText.of(messageKey, arguments);
    }
}
