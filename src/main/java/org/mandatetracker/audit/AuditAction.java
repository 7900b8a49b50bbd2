package org.mandatetracker.audit;

import org.mandatetracker.base.Translatable;

/** What an administrator, or a person on their own account, changed. */
public enum AuditAction implements Translatable {
    USER_ADDED("Person added"),
    USER_EDITED("Person edited"),
    USER_DISABLED("Sign-in disabled"),
    USER_ENABLED("Sign-in enabled"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    ENTITY_ADDED("Entity added"),
    ENTITY_EDITED("Entity edited"),
    ENTITY_RETIRED("Entity retired"),
    ENTITY_RESTORED("Entity restored");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
