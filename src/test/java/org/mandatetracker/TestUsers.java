package org.mandatetracker;

import java.util.Set;
import java.util.UUID;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;

/**
 * People of a test's own: their task lists and outboxes hold only that test's work, whatever other tests
 * left in the database. Creating them needs an admin signed in (e.g. {@code @WithMockUser(roles = "ADMIN")}).
 */
public final class TestUsers {

    public static final String PASSWORD = "a-long-passphrase";

    private TestUsers() {
    }

    /** A new person of DPO with one role, named {@code <prefix>-<8 random characters>}, with an e-mail address. */
    public static String fresh(UserService users, String prefix, String fullName, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, fullName, username + "@example.org", "DPO", Set.of(role), PASSWORD));
        return username;
    }
}
