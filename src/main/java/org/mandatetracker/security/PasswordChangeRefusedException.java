package org.mandatetracker.security;

/** A password change that cannot be made: the current password is wrong, or the new one is the same. */
public class PasswordChangeRefusedException extends RuntimeException {

    /** Which of the two the reason is about, so a form can show it beside that field. */
    public enum Field { CURRENT_PASSWORD, NEW_PASSWORD }

    private final Field field;

    public PasswordChangeRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
