package org.mandatetracker.security;

import java.time.ZoneId;
import java.util.Set;

/**
 * A person who can sign in, as other features see them: no password hash.
 *
 * @param language the language the person chose, or null to follow their browser's
 * @param zone the time zone the person chose for their daily digest, or null for the product's own
 */
public record UserAccount(String username, String fullName, String email, String entityCode, Set<Role> roles,
                          boolean enabled, Language language, ReminderDelivery reminderDelivery, ZoneId zone) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The language of the person's e-mails: their own, else English, as no browser asks for them. */
    public Language languageOfEmails() {
        return language == null ? Language.EN : language;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
