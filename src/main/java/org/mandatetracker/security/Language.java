package org.mandatetracker.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages the product writes to people in (its pages and e-mails); stored by name on the person. */
public enum Language {
    /** British English, as the United Nations writes it: "19 August 2021". */
    EN(Locale.UK, "English"),
    FR(Locale.FRENCH, "Français");

    private final Locale locale;
    private final String label;

    Language(Locale locale, String label) {
        this.locale = locale;
        this.label = label;
    }

    /** The language's name in itself, as people pick it. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return locale;
    }

    /** The first of the browser's preferred languages (Accept-Language, best first) that the product speaks, else English. */
    public static Language preferredOf(List<Locale> preferred) {
        return preferred.stream()
                .flatMap(wanted -> Arrays.stream(values())
                        .filter(language -> language.locale.getLanguage().equals(wanted.getLanguage())))
                .findFirst().orElse(EN);
    }
}
