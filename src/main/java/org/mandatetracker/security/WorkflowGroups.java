package org.mandatetracker.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
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

    /** Who belongs to a candidate group: a role, within one entity or (entity {@code null}) in all. */
    public record Membership(String entityCode, Role role) {
    }

    /** Reads {@code DPO_STAFF} or {@code MANAGER}; empty for a group of no known role. */
    public static Optional<Membership> parse(String group) {
        int separator = group.lastIndexOf('_');
        String entityCode = separator < 0 ? null : group.substring(0, separator);
        String roleName = group.substring(separator + 1);
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(roleName)).findFirst()
                .map(role -> new Membership(entityCode, role));
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
