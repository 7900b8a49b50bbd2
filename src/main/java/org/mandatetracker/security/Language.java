package org.mandatetracker.security;

import java.util.Locale;

/** The languages the product writes to people in (e-mails); stored by name on the person. */
public enum Language {
    /** British English, as the United Nations writes it: "19 August 2021". */
    EN(Locale.UK),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
