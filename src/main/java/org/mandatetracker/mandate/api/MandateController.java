package org.mandatetracker.mandate.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.base.api.ListPage;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.StatusFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mandate register, filtered. One mandate with its workflow is served by the workflow feature. */
@RestController
@RequestMapping("/api/mandates")
class MandateController {

    private final MandateService mandates;

    MandateController(MandateService mandates) {
        this.mandates = mandates;
    }

    /** One page of the register in its own order (soonest due first, the undated last, then by id), the total in a header. */
    @GetMapping
    ResponseEntity<List<Mandate>> mandates(@RequestParam(required = false) StatusFilter status,
                           @RequestParam(required = false) String entity,
                           @RequestParam(required = false) String lead,
                           @RequestParam(required = false) Body body,
                           @RequestParam(defaultValue = "false") boolean triage,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "false") boolean chains,
                           @RequestParam(defaultValue = "false") boolean leftOut,
                           @RequestParam(required = false) Integer delivered,
                           @RequestParam(defaultValue = "false") boolean onTime,
                           @RequestParam(name = ListPage.PAGE, defaultValue = "0") int page,
                           @RequestParam(name = ListPage.SIZE, defaultValue = ListPage.DEFAULT_SIZE) int size) {
        ListPage rows = new ListPage(page, size);
        MandateFilter filter = new MandateFilter(status, entity, lead, body, null, null, dueAfter, dueBefore, null, triage,
                q, chains, leftOut, delivered == null ? null : new MandateFilter.DeliveredReports(delivered, onTime));
        return ListPage.answer(mandates.page(filter, List.of(), rows.offset(), rows.size()), mandates.count(filter));
    }

    /** The renewal chain the mandate is part of, the earliest first, itself included; only itself when none. */
    @GetMapping("/{id}/lineage")
    List<Mandate> lineage(@PathVariable long id) {
        return mandates.lineage(id);
    }

    /** The managers' decision on a mandate a renewal left out: {@code ?close=true} ends it as superseded, false keeps it. */
    @PostMapping("/{id}/left-out")
    Mandate decideLeftOut(@PathVariable long id, @RequestParam boolean close) {
        return mandates.decideLeftOut(id, close);
    }

    @ExceptionHandler(MandateNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(MandateNotFoundException exception) {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, exception.getMessage());
    }
}
