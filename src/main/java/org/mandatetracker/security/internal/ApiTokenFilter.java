package org.mandatetracker.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mandatetracker.security.ApiTokenService;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in for itself alone by the personal API token in {@code Authorization: Bearer …}.
 * It runs before the CSRF check, which {@link #signedInByToken} then skips: a browser never sends that
 * header by itself. A token that signs nobody in changes nothing, so a write riding on a session cookie
 * with a made-up token still needs the CSRF token.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String SIGNED_IN_BY_TOKEN = ApiTokenFilter.class.getName() + ".signedIn";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;

    public ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.contexts = contexts;
    }

    public static boolean signedInByToken(HttpServletRequest request) {
        return request.getAttribute(SIGNED_IN_BY_TOKEN) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.authenticate(authorization.substring(BEARER.length()).strip()).ifPresent(owner -> {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(owner);
                contexts.setContext(context);
                request.setAttribute(SIGNED_IN_BY_TOKEN, Boolean.TRUE);
            });
        }
        chain.doFilter(request, response);
    }
}
