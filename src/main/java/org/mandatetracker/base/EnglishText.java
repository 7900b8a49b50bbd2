package org.mandatetracker.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message bundles' entry in English, the bundles' default language, for what speaks English whatever
 * the reader's language: logs and the REST API.
 */
public final class EnglishText {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private EnglishText() {
    }

    public static String of(String messageKey, Object... arguments) {
        String text = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(messageKey);
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.UK).format(arguments);
    }
}
