package org.mandatetracker.security;

/** The three kinds of people who use the product; stored by name in the database. */
public enum Role {
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
