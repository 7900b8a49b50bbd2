package org.mandatetracker.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request or UI session. */
@Component
public class CurrentUser {

    private final UserService users;

    CurrentUser(UserService users) {
        this.users = users;
    }

    public Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public Optional<UserAccount> account() {
        return username().flatMap(users::find);
    }

    /** The signed-in person; code behind a secured endpoint or view can rely on there being one. */
    public UserAccount require() {
        return account().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
