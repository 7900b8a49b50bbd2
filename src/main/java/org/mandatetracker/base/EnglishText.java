package org.mandatetracker.base;

import java.util.Locale;

/**
 * A message bundles' entry in English, the bundles' default language, for what speaks English whatever
 * the reader's language: logs and the REST API. Dates stay ISO ({@code 2026-03-31}), as the API writes them.
 */
public final class EnglishText {

    private EnglishText() {
    }

    /** An argument that has words of its own ({@link Translatable}: a status, a kind; a {@link Message}) is put in English too. */
    public static String of(String messageKey, Object... arguments) {
        return LocalText.of(Locale.UK, messageKey, arguments);
    }
}
