package org.mandatetracker.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The workflow candidate groups a person belongs to. Tasks are offered to {@code <ENTITY>_<ROLE>}
 * (e.g. {@code DPO_MANAGER}) or to a bare role ({@code MANAGER}: the triage queue of mandates no
 * entity owns yet).
 */
public final class WorkflowGroups {

    private WorkflowGroups() {
    }

    public static String of(String entityCode, Role role) {
        return entityCode + "_" + role.name();
    }

    public static Set<String> of(UserAccount user) {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : user.roles()) {
            groups.add(role.name());
            if (user.entityCode() != null) {
                groups.add(of(user.entityCode(), role));
            }
        }
        return groups;
    }
}
