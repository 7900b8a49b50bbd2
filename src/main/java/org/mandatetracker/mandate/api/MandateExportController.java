package org.mandatetracker.mandate.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.mandatetracker.mandate.MandateExportProperties;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateFilterParameters;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateSort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's rows as a file: {@code GET /api/mandates/export?format=xlsx|csv} with the register's own
 * filter parameters. The rows are read from the database a page at a time and written as they come.
 */
@RestController
@RequestMapping("/api/mandates")
class MandateExportController {

    private static final String FORMAT = "format";

    private final MandateService mandates;
    private final MandateExportProperties properties;
    private final Clock clock;

    MandateExportController(MandateService mandates, MandateExportProperties properties, Clock clock) {
        this.mandates = mandates;
        this.properties = properties;
        this.clock = clock;
    }

    /** Everything is checked before the first byte: a wrong parameter or too many rows is a 400 with nothing written. */
    @GetMapping("/export")
    void export(@RequestParam(FORMAT) String formatName, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ExportFormat format = ExportFormat.named(formatName);
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals(FORMAT) && !name.equals(MandateSort.PARAMETER) && !MandateFilterParameters.NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown parameter '" + name + "'; the filters are those of the register");
            }
        }
        MandateFilter filter = MandateFilterParameters.read(request::getParameter);
        List<MandateSort> order = MandateSort.parse(request.getParameter(MandateSort.PARAMETER));
        long count = mandates.count(filter);
        if (count > properties.rowLimit()) {
            throw new IllegalArgumentException("The filters select " + count + " mandates, more than the "
                    + properties.rowLimit() + " one export may hold: narrow them");
        }

        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("mandates-" + LocalDate.now(clock) + "." + format.extension()).build().toString());
        try (ExportRows rows = format.open(response.getOutputStream())) {
            rows.write(Arrays.stream(ExportColumn.values()).map(ExportColumn::header).toList());
            mandates.forEach(filter, order, properties.pageSize(), mandate -> rows.write(
                    Arrays.stream(ExportColumn.values()).map(column -> column.valueOf(mandate)).toList()));
        }
    }
}
