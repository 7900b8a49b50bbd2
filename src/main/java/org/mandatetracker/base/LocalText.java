package org.mandatetracker.base;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A message bundles' entry ({@code vaadin-i18n/translations*.properties}) in a language given, for what is written
 * outside a Vaadin page (the servlet container's error pages, the process diagram): the language's bundle, else the
 * English base, never the server's own language. Dates stay ISO ({@code 2026-03-31}).
 */
public final class LocalText {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private LocalText() {
    }

    /** An argument that has words of its own ({@link Translatable}: a status, a kind; a {@link Message}) is put in that language too. */
    public static String of(Locale locale, String messageKey, Object... arguments) {
        String text = bundle(locale).getString(messageKey);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(Arrays.stream(arguments)
                .map(argument -> local(locale, argument)).toArray());
    }

    /** The entry's words, or empty where neither the language nor English has the key. */
    public static Optional<String> find(Locale locale, String messageKey) {
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey(messageKey) ? Optional.of(bundle.getString(messageKey)) : Optional.empty();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static Object local(Locale locale, Object argument) {
        if (argument instanceof Translatable value) {
            return of(locale, value.messageKey());
        }
        return argument instanceof Message words ? of(locale, words.key(), words.arguments()) : argument;
    }
}
