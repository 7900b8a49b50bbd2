package org.mandatetracker.base.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mandatetracker.base.api.ApiExceptionHandler;
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
 * does not ask for HTML, keep getting {@code {"error": "…"}}. Replaces Spring Boot's own error controller.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final List<String> JSON_PATHS = List.of("/api/", "/engine-rest/");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

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
                .body(page(status, request.getContextPath() + "/"));
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

    private static String sentence(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Your role does not open this page. Ask an administrator if you need it.";
            case NOT_FOUND -> "There is no page at this address. The link may be old or mistyped.";
            case UNAUTHORIZED -> "Sign in to open this page.";
            default -> status.is5xxServerError()
                    ? "This page could not be shown because of an error on our side. It has been recorded; try again in a moment."
                    : "This request could not be answered (" + status.getReasonPhrase() + ").";
        };
    }

    private static String page(HttpStatus status, String root) {
        String heading = switch (status) {
            case FORBIDDEN -> "Access denied";
            case NOT_FOUND -> "Page not found";
            default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
        };
        String home = HtmlUtils.htmlEscape(root);
        return """
                <!DOCTYPE html>
                <html lang="en">
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
                <p><a href="%2$s">Back to the mandate register</a></p>
                </main>
                </body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(heading), home, HtmlUtils.htmlEscape(sentence(status)));
    }
}
