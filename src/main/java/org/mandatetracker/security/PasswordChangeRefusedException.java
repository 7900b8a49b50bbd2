package org.mandatetracker.security;

import org.mandatetracker.base.RefusedException;

/** A password change that cannot be made: the current password is wrong, or the new one is the same. */
public class PasswordChangeRefusedException extends RefusedException {

    /** Which of the two the reason is about, so a form can show it beside that field. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD }

    private final Field field;

    public PasswordChangeRefusedException(Field field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
