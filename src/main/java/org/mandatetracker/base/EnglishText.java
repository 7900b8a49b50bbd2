package org.mandatetracker.base;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message bundles' entry in English, the bundles' default language, for what speaks English whatever
 * the reader's language: logs and the REST API. Dates stay ISO ({@code 2026-03-31}), as the API writes them.
 */
public final class EnglishText {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private EnglishText() {
    }

    /** An argument that has words of its own ({@link Translatable}: a status, a kind; a {@link Message}) is put in English too. */
    public static String of(String messageKey, Object... arguments) {
        String text = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(messageKey);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.UK).format(Arrays.stream(arguments)
                .map(EnglishText::english).toArray());
    }

    private static Object english(Object argument) {
        if (argument instanceof Translatable value) {
            return of(value.messageKey());
        }
        return argument instanceof Message words ? words.english() : argument;
    }
}
