package org.mandatetracker.security;

import java.util.Locale;

/** The languages the product writes to people in (e-mails); stored by name on the person. */
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
}
