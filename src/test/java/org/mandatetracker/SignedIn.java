package org.mandatetracker;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as a signed-in person would, on the test's own thread, and signs out after. */
public final class SignedIn {

    private SignedIn() {
    }

    /** @param role the role's name without its {@code ROLE_} prefix, such as {@code MANAGER} */
    public static <T> T as(String username, String role, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "demo", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
