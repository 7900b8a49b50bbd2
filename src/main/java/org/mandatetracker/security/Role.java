package org.mandatetracker.security;

import org.mandatetracker.base.Translatable;

/** The three kinds of people who use the product; stored by name in the database. */
public enum Role implements Translatable {
    /** Secretariat staff: focal points who import resolutions and work on follow-up tasks. */
    STAFF,
    /** Assigns lead entities and focal points, watches deadlines, receives escalations. */
    MANAGER,
    /** Everything, including users, entities and the workflow engine's own web apps. */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
