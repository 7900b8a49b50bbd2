package org.mandatetracker.security;

import java.util.Set;

/** A person who can sign in, as other features see them: no password hash. */
public record UserAccount(String username, String fullName, String email, String entityCode, Set<Role> roles,
                          boolean enabled, Language language) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
