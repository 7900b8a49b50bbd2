package org.mandatetracker.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of the current request or UI session, read through this application's own
 * security-context strategy (Vaadin's, as the filters and method security use it), not the JVM-wide
 * static one, which another application context in the same JVM (a second node in a test) replaces.
 */
@Component
public class CurrentUser {

    private final UserService users;
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(UserService users, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.users = users;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> username() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    public Optional<UserAccount> account() {
        return username().flatMap(users::find);
    }

    /**
     * The language the reader is written to in: the signed-in person's setting, else (before sign-in, or for a person
     * who chose their browser's language) the browser's preferred one among those the product speaks, else English.
     */
    public Language languageOfReader(List<Locale> browserLanguages) {
        return account().map(UserAccount::language).orElseGet(() -> Language.preferredOf(browserLanguages));
    }

    /**
     * Does the work as the given person, for a request that proves who it acts for otherwise than by
     * signing in (a secret calendar feed address), then restores who was signed in before.
     */
    public <T> T runAs(UserAccount person, Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext asPerson = contexts.createEmptyContext();
        asPerson.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.username(), null,
                person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        contexts.setContext(asPerson);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    /** The signed-in person; code behind a secured endpoint or view can rely on there being one. */
    public UserAccount require() {
        return account().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
