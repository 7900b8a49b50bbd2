package org.mandatetracker.base.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An {@code /api/} path that no controller serves answers 404 as JSON. Without it the request would
 * fall through to the Vaadin UI, which answers every path with its page and a 200. Any mapped path is
 * more specific than this pattern, so it wins.
 */
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, String>> unknown() {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, "There is no such API resource");
    }
}
