package org.mandatetracker.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a URL whose path is not in its one canonical form: an empty segment
 * ({@code //engine-rest}), a path parameter ({@code /engine-rest;x=1}) or an encoded slash, semicolon
 * or dot. The servlet container maps such paths to servlets that cannot handle them (Camunda's REST
 * servlet answers them with a 500), and no page of the product has one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CanonicalPathFilter extends OncePerRequestFilter {

    private static final Pattern NOT_CANONICAL = Pattern.compile("//|;|%2f|%3b|%2e|%5c|\\\\");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (NOT_CANONICAL.matcher(request.getRequestURI().toLowerCase(Locale.ROOT)).find()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\": \"The address is not a valid path of this application\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
