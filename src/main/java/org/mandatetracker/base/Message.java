package org.mandatetracker.base;

import java.util.Arrays;

/**
 * Words for people kept as a message bundles' key and its arguments until someone reads them: the UI
 * in the reader's language, logs and the API in English ({@link #english()}). Plain Java, so that
 * document reading and extraction can give their reasons this way too.
 */
public record Message(String key, Object[] arguments) {

    public Message {
        arguments = arguments.clone();
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, arguments);
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    public String english() {
        return EnglishText.of(key, arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }

    /** An exception whose reason people read: the UI translates {@link #reason()}, its message is the English. */
    public interface Explained {

        Message reason();
    }
}
