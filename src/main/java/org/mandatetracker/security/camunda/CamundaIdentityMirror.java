package org.mandatetracker.security.camunda;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.mandatetracker.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Camunda's web apps only accept people its identity service knows, and ask for a first admin until
 * one is in its {@code camunda-admin} group. When a product admin signs in, they are mirrored there.
 * The mirror has no password, so Camunda's own login form signs nobody in: the product stays the
 * one way in.
 */
@Component
class CamundaIdentityMirror {

    private final IdentityService identity;

    CamundaIdentityMirror(IdentityService identity) {
        this.identity = identity;
    }

    static List<String> camundaGroups(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(Role.ADMIN.authority()::equals)
                .map(admin -> Groups.CAMUNDA_ADMIN)
                .toList();
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (!camundaGroups(event.getAuthentication()).isEmpty()) {
            mirrorAdmin(event.getAuthentication().getName());
        }
    }

    private void mirrorAdmin(String username) {
        if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        try {
            if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
                Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
                admins.setName("Camunda administrators");
                admins.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(admins);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("");
                identity.saveUser(user);
            }
            identity.createMembership(username, Groups.CAMUNDA_ADMIN);
        } catch (ProcessEngineException concurrentlyMirrored) {
            // another request or node mirrored the same admin a moment ago
            if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
                throw concurrentlyMirrored;
            }
        }
    }
}
