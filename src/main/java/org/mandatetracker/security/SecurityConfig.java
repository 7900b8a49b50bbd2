package org.mandatetracker.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.mandatetracker.security.internal.ApiTokenFilter;
import org.mandatetracker.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Three filter chains: the JSON API and Camunda's REST API (HTTP Basic, a personal API token or the UI session, JSON
 * errors), Camunda's web apps (admins only, signed in through the product), and the Vaadin UI.
 * Matchers are path patterns on the whole request path, because {@code /engine-rest} is a Jersey
 * servlet that an MVC matcher would silently miss.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, ApiTokenService tokens,
                                    ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        RequestMatcher engineRest = PATHS.matcher("/engine-rest/**");
        return http
                .securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), engineRest))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(engineRest).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(jsonEntryPoint(json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(jsonEntryPoint(json))
                        .accessDeniedHandler(jsonAccessDenied(json)))
                .addFilterBefore(new ApiTokenFilter(tokens,
                        contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)), CsrfFilter.class)
                // Scripts authenticate with HTTP Basic or a personal token, headers a browser never sends by
                // itself; calls riding on the UI session cookie (with any other header) still need the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> usesBasicAuthentication(request)
                        || ApiTokenFilter.signedInByToken(request)))
                .headers(SecurityConfig::policies)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Cockpit, Tasklist and Admin send their own CSRF token, checked by Camunda's own filter.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> policies(headers.frameOptions(frame -> frame.sameOrigin())))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiSecurity(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // an error forwarded to /error must render, not bounce to the login page
                .requestMatchers(PATHS.matcher("/error"), PATHS.matcher("/actuator/health/**")).permitAll()
                // secret calendar feed addresses: the token in the path is the credential
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/calendar/*.ics")).permitAll()
                // the product's stylesheet, which the login page uses too
                .requestMatchers(PATHS.matcher(HttpMethod.GET, "/styles/*.css")).permitAll())
                // Vaadin's defaults also exempt the sign-in form from the CSRF check; it needs none of that:
                // the form sends the token the page carries. Vaadin's own requests carry Vaadin's token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .headers(SecurityConfig::policies);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                        .enableCsrfConfiguration(false))
                .build();
    }

    /**
     * No page may be framed by another site, load plug-ins, change its base address or post a form
     * elsewhere; no address of the product leaks to other sites in the Referer header. Scripts and
     * styles are not restricted further, because Vaadin's client and Camunda's web apps inline theirs.
     */
    private static void policies(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    private static AuthenticationEntryPoint jsonEntryPoint(ObjectMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Mandate Tracker\"");
            writeError(json, response, HttpServletResponse.SC_UNAUTHORIZED, "Sign-in required: wrong or missing credentials");
        };
    }

    /** Refused before anyone signed in (a write without credentials fails the CSRF check first): 401, not 403. */
    private static AccessDeniedHandler jsonAccessDenied(ObjectMapper json) {
        return (request, response, exception) -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || caller instanceof AnonymousAuthenticationToken) {
                jsonEntryPoint(json).commence(request, response, null);
            } else {
                writeError(json, response, HttpServletResponse.SC_FORBIDDEN, "You are not allowed to do this");
            }
        };
    }

    private static boolean usesBasicAuthentication(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }


    private static void writeError(ObjectMapper json, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("error", message));
    }
}
