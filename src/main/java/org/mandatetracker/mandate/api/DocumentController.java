package org.mandatetracker.mandate.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.base.api.ListPage;
import org.mandatetracker.mandate.DocumentDetails;
import org.mandatetracker.mandate.DocumentTooLargeException;
import org.mandatetracker.mandate.DocumentNotFoundException;
import org.mandatetracker.mandate.DuplicateDocumentException;
import org.mandatetracker.mandate.ImportBusyException;
import org.mandatetracker.mandate.ImportPreview;
import org.mandatetracker.mandate.MandateCorrection;
import org.mandatetracker.mandate.OriginalFile;
import org.mandatetracker.mandate.ImportRejectedException;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.ImportedDocumentSummary;
import org.mandatetracker.mandate.RenewalChoice;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import of resolutions ({@code POST /api/documents}) and the imported documents. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private static final String PASTED_TEXT = "pasted.txt";

    private final ImportService imports;
    private final RenewalJson renewalJson;

    DocumentController(ImportService imports, ObjectMapper mapper) {
        this.imports = imports;
        this.renewalJson = new RenewalJson(mapper);
    }

    /**
     * Imports the file; the optional part {@code corrections} (JSON, a list of {@link MandateCorrection})
     * carries the changes a person made to the extracted mandates before confirming, the renewals they
     * accepted or rejected one by one among them; {@code renewals=accept} accepts every other proposal.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
                                 @RequestPart(value = "corrections", required = false) List<MandateCorrection> corrections,
                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(required = false) String symbol,
                                 @RequestParam(defaultValue = "reject") String renewals) throws IOException {
        return respond(fileName(file), file.getContentType(), file.getBytes(), dryRun, symbol,
                corrections == null ? List.of() : corrections, renewalChoice(renewals));
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<?> importText(@RequestBody byte[] text, @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(required = false) String symbol,
                                 @RequestParam(defaultValue = "reject") String renewals) {
        return respond(PASTED_TEXT, MediaType.TEXT_PLAIN_VALUE, text, dryRun, symbol, List.of(),
                renewalChoice(renewals));
    }

    /**
     * What an import would store, checked as the import checks it (a draft is read, and says why it cannot
     * be imported), each mandate with the renewals it would propose ({@code renewalOf}).
     */
    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    JsonNode previewFile(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String symbol)
            throws IOException {
        ImportPreview preview = imports.preview(fileName(file), file.getBytes(), symbol);
        return renewalJson.preview(preview);
    }

    @PostMapping(path = "/preview", consumes = MediaType.TEXT_PLAIN_VALUE)
    JsonNode previewText(@RequestBody byte[] text, @RequestParam(required = false) String symbol) {
        return renewalJson.preview(imports.preview(PASTED_TEXT, text, symbol));
    }

    private static RenewalChoice renewalChoice(String renewals) {
        try {
            return RenewalChoice.valueOf(renewals.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ImportRejectedException("import.refused.renewalChoice", renewals);
        }
    }

    /** The file as it was imported, under its own name and media type. */
    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        OriginalFile original = imports.original(id).orElseThrow(() -> new DocumentNotFoundException(id));
        return ResponseEntity.ok()
                .contentType(original.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(original.content());
    }

    /** One page of the imported documents, the last imported first, the total in a header. */
    @GetMapping
    ResponseEntity<List<ImportedDocumentSummary>> documents(
            @RequestParam(name = ListPage.PAGE, defaultValue = "0") int page,
            @RequestParam(name = ListPage.SIZE, defaultValue = ListPage.DEFAULT_SIZE) int size) {
        ListPage rows = new ListPage(page, size);
        return ListPage.answer(imports.documents(PageRequest.of(rows.page(), rows.size(), ImportService.LAST_IMPORTED_FIRST)),
                imports.countDocuments());
    }

    @GetMapping("/{id}")
    DocumentDetails document(@PathVariable long id) {
        return imports.document(id).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        imports.delete(id);
        return ResponseEntity.noContent().build();
    }

    private static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    }

    private ResponseEntity<?> respond(String fileName, String mediaType, byte[] content, boolean dryRun,
                                      String symbol, List<MandateCorrection> corrections, RenewalChoice renewals) {
        if (dryRun) {
            ImportResult result = imports.dryRun(fileName, content);
            return ResponseEntity.ok(renewalJson.extraction(result.extraction(), result.renewals()));
        }
        ImportResult result = imports.importDocument(fileName, mediaType, content, symbol, corrections, renewals);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                "id", result.id(),
                "symbol", result.symbol(),
                "mandates", result.mandates().stream().map(MandateJson::summary).toList()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, String>> rejected(ImportRejectedException exception) {
        return ApiExceptionHandler.error(HttpStatus.BAD_REQUEST, exception.getMessage());
    }

    @ExceptionHandler(DuplicateDocumentException.class)
    ResponseEntity<Map<String, String>> duplicate(DuplicateDocumentException exception) {
        return ApiExceptionHandler.error(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<Map<String, String>> busy(ImportBusyException exception) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Map.of("error", exception.getMessage()));
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(DocumentNotFoundException exception) {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ResponseEntity<Map<String, String>> tooLarge(DocumentTooLargeException exception) {
        return ApiExceptionHandler.error(HttpStatus.PAYLOAD_TOO_LARGE, exception.getMessage());
    }
}
