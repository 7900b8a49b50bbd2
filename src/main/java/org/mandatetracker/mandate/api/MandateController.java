package org.mandatetracker.mandate.api;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mandate register. Until documents can be imported it has nothing to list. */
@RestController
@RequestMapping("/api/mandates")
class MandateController {

    @GetMapping
    List<Map<String, Object>> mandates() {
        return List.of();
    }
}
