package org.mandatetracker.security.camunda;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Process models come only from the product's own {@code bpmn/} folder, deployed at start-up. Through
 * the engine's REST API ({@code /engine-rest}) and the web apps' copy of it ({@code /camunda/api}),
 * nobody, admins included, may create, redeploy or delete a deployment or delete a process
 * definition: a model deployed from outside could run any expression or script on the server, and
 * product admins are not server operators. Reading, and working with running processes, stays open
 * to admins.
 */
@Component
// before Spring Security: the answer is the same for everyone, signed in or not
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ProcessModelChangeGuard extends OncePerRequestFilter {

    private static final Set<String> READ_ONLY_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern ENGINE_API = Pattern.compile("^/(engine-rest|camunda/api/engine)/");
    private static final Pattern DEFINITION = Pattern.compile("/(process|decision|case)-definition/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READ_ONLY_METHODS.contains(request.getMethod())
                || !ENGINE_API.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request)).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (isModelChange(request.getMethod(), path)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\": \"Process models are deployed only from the product's own bpmn/ folder\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Deployments may not be created, redeployed or deleted; definitions may not be deleted. */
    static boolean isModelChange(String method, String path) {
        if (path.contains("/deployment")) {
            return true;
        }
        return "DELETE".equals(method) && DEFINITION.matcher(path).find();
    }
}
