package org.mandatetracker.security;

import java.util.List;
import java.util.Set;
import org.mandatetracker.base.MandateTrackerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The demo configuration's three users, created once, only when {@code mandate-tracker.demo-users} is
 * on. Created before the web server opens, so the first sign-in never races them.
 */
@Component
class DemoUsers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo";

    private static final List<NewUser> USERS = List.of(
            new NewUser("staff", "Sam Staff", "staff@example.org", "DPO", Set.of(Role.STAFF), PASSWORD),
            new NewUser("manager", "Maria Manager", "manager@example.org", "DPO", Set.of(Role.MANAGER), PASSWORD),
            new NewUser("admin", "Ada Admin", "admin@example.org", "EOSG", Set.of(Role.ADMIN), PASSWORD));

    private final MandateTrackerProperties properties;
    private final UserService users;

    DemoUsers(MandateTrackerProperties properties, UserService users) {
        this.properties = properties;
        this.users = users;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.demoUsers()) {
            return;
        }
        for (NewUser user : USERS) {
            if (users.find(user.username()).isEmpty()) {
                users.createAtStartUp(user);
                log.info("Created demo user '{}' ({}, {})", user.username(), user.roles(), user.entityCode());
            }
        }
    }
}
