package org.mandatetracker.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.mandatetracker.base.LocalText;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.security.CurrentUser;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * What the servlet container's errors show outside the Vaadin UI, e.g. {@code /camunda/…} for someone
 * who is not an admin: a small page in the product's colours with a sentence and the way back, instead
 * of Spring's "Whitelabel Error Page". The JSON API and the engine's REST API, and any caller that
 * does not ask for HTML, keep getting {@code {"error": "…"}}. Replaces Spring Boot's own error controller. The page is
 * in the reader's language, as the product's own pages are.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final List<String> JSON_PATHS = List.of("/api/", "/engine-rest/");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final CurrentUser currentUser;

    ErrorPageController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String failedPath = PATHS.getPathWithinApplication(request);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            failedPath = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        }
        String path = failedPath;
        if (JSON_PATHS.stream().anyMatch(path::startsWith) || !acceptsHtml(request)) {
            return ApiExceptionHandler.error(status, status.getReasonPhrase());
        }
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body(page(status, path, request.getContextPath() + "/", readersLocale(request)));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.includes(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    /** Only what HTML gives a meaning to: the page is UTF-8, so "Accès refusé" stays as it is. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** The signed-in person's language, else the browser's; without an Accept-Language header English. */
    private Locale readersLocale(HttpServletRequest request) {
        List<Locale> browser = request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        return currentUser.languageOfReader(browser).locale();
    }

    private static String sentence(HttpStatus status, Locale locale, String path) {
        return switch (status) {
            case FORBIDDEN -> LocalText.of(locale, "error.accessDenied.text");
            case NOT_FOUND -> LocalText.of(locale, "error.notFound.text", path);
            case UNAUTHORIZED -> LocalText.of(locale, "error.unauthorized.text");
            default -> status.is5xxServerError() ? LocalText.of(locale, "error.server.text")
                    : LocalText.of(locale, "error.other.text", String.valueOf(status.value()));
        };
    }

    private static String page(HttpStatus status, String path, String root, Locale locale) {
        String heading = switch (status) {
            case FORBIDDEN -> LocalText.of(locale, "error.accessDenied.heading");
            case NOT_FOUND -> LocalText.of(locale, "error.notFound.heading");
            default -> status.is5xxServerError() ? LocalText.of(locale, "error.server.heading")
                    : LocalText.of(locale, "error.other.heading", String.valueOf(status.value()));
        };
        String home = escape(root);
        return """
                <!DOCTYPE html>
                <html lang="%5$s">
                <head>
                <meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Mandate Tracker</title>
                <link rel="icon" href="%2$sicons/favicon.svg" type="image/svg+xml">
                <style>
                  body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Roboto", "Segoe UI", Helvetica, Arial, sans-serif;
                         color: hsla(214, 40%%, 16%%, 0.94); background: #fff; }
                  header { padding: 0.75rem 1.5rem; border-bottom: 1px solid hsla(214, 57%%, 24%%, 0.1);
                           font-size: 1.125rem; font-weight: 600; }
                  main { padding: 1.5rem; max-width: 40rem; }
                  a { color: hsl(214, 90%%, 43%%); }
                </style>
                </head>
                <body>
                <header>Mandate Tracker</header>
                <main>
                <h1>%1$s</h1>
                <p>%3$s</p>
                <p><a href="%2$s">%4$s</a></p>
                </main>
                </body>
                </html>
                """.formatted(escape(heading), home, escape(sentence(status, locale, path)),
                escape(LocalText.of(locale, "error.backToRegister")), locale.getLanguage());
    }
}
