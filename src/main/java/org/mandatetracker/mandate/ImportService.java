package org.mandatetracker.mandate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.document.DocumentReadException;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.NotAResolutionException;
import org.mandatetracker.extraction.SessionCalendar;
import org.mandatetracker.mandate.internal.DocumentParagraph;
import org.mandatetracker.mandate.internal.DocumentParagraphRepository;
import org.mandatetracker.mandate.internal.ImportedDocument;
import org.mandatetracker.mandate.internal.ImportedDocumentRepository;
import org.mandatetracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a resolution: stores the original bytes, its paragraphs and mandates, and (through
 * {@link MandateRegistered}, heard by the workflow in the same transaction) starts one process per
 * mandate. A failure anywhere rolls all of it back.
 */
@Service
public class ImportService {

    /** {@code document.status} of a draft resolution in the extraction contract. */
    private static final String DRAFT = "draft";

    private final ImportedDocumentRepository documents;
    private final DocumentParagraphRepository paragraphs;
    private final MandateService mandateService;
    private final EntityService entities;
    private final CurrentUser currentUser;
    private final MandateTrackerProperties properties;
    private final ApplicationEventPublisher events;
    private final SessionCalendar sessionCalendar = SessionCalendar.builtIn();
    private final Semaphore extractionSlots;

    ImportService(ImportedDocumentRepository documents, DocumentParagraphRepository paragraphs,
                  MandateService mandateService, EntityService entities,
                  CurrentUser currentUser, MandateTrackerProperties properties, ApplicationEventPublisher events) {
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.mandateService = mandateService;
        this.entities = entities;
        this.currentUser = currentUser;
        this.properties = properties;
        this.extractionSlots = new Semaphore(properties.concurrentExtractions(), true);
        this.events = events;
    }

    /** Reads and extracts only; stores nothing. */
    @PreAuthorize("isAuthenticated()")
    public ImportResult dryRun(String fileName, byte[] content) {
        ExtractionResult extraction = extract(fileName, content);
        return new ImportResult(null, extraction.document().symbol(), List.of(), extraction);
    }

    /**
     * Imports the adopted resolution under the symbol it gives, or under {@code symbol} when that is
     * not null (a text pasted without its symbol block). A draft is refused: only an adopted text
     * gives the Secretariat work. A symbol, however spelt, and a file are imported once.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ImportResult importDocument(String fileName, String mediaType, byte[] content, String symbol) {
        String givenSymbol = DocumentSymbols.normalise(symbol);
        if (givenSymbol != null && givenSymbol.length() > DocumentSymbols.MAX_LENGTH) {
            throw new ImportRejectedException("A document symbol has at most " + DocumentSymbols.MAX_LENGTH + " characters");
        }
        ExtractionResult extraction = extract(fileName, content);
        ExtractionResult.Document source = extraction.document();
        if (DRAFT.equals(source.status())) {
            throw new ImportRejectedException("This is a draft resolution" + (source.symbol() == null ? "" : " (" + source.symbol() + ")")
                    + ": drafts start no follow-up. Import the resolution once it is adopted.");
        }
        String storedSymbol = givenSymbol != null ? givenSymbol : DocumentSymbols.normalise(source.symbol());
        if (storedSymbol == null) {
            throw new ImportRejectedException("The document gives no symbol (such as A/RES/78/10 or S/RES/2553 (2020)):"
                    + " name it with ?symbol=…");
        }
        if (documents.existsBySymbol(storedSymbol)) {
            throw new DuplicateDocumentException(storedSymbol + " has already been imported");
        }
        String sha256 = sha256(content);
        Optional<ImportedDocument> sameFile = documents.findBySha256(sha256);
        if (sameFile.isPresent()) {
            throw new DuplicateDocumentException("This file has already been imported as " + sameFile.get().getSymbol());
        }
        ImportedDocument document;
        try {
            document = documents.saveAndFlush(new ImportedDocument(storedSymbol, source.body(), source.language(),
                    source.status(), source.adopted(), fileName, mediaType, content, sha256,
                    currentUser.username().orElseThrow()));
        } catch (DataIntegrityViolationException importedConcurrently) {
            throw new DuplicateDocumentException(storedSymbol + " has just been imported by someone else");
        }
        saveParagraphs(document.getId(), extraction.paragraphs());
        mandateService.register(document, extraction.mandates());
        // read back: the workflow has attached each mandate's process meanwhile
        return new ImportResult(document.getId(), document.getSymbol(), mandateService.findByDocument(document.getId()),
                extraction);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ImportedDocumentSummary> documents() {
        return documents.findAllByOrderByImportedAtDesc().stream()
                .map(document -> summary(document, mandateService.countByDocument(document.getId()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentDetails> document(long id) {
        return documents.findById(id).map(document -> {
            List<Mandate> documentMandates = mandateService.findByDocument(id);
            List<DocumentDetails.StoredParagraph> stored = paragraphs.findByDocumentIdOrderByPosition(id).stream()
                    .map(paragraph -> new DocumentDetails.StoredParagraph(paragraph.getNumber(), paragraph.getKind(),
                            paragraph.getVerbs().isEmpty() ? List.of() : List.of(paragraph.getVerbs().split(",")),
                            paragraph.getText()))
                    .toList();
            return new DocumentDetails(summary(document, documentMandates.size()), stored, documentMandates);
        });
    }

    /** Removes a mistaken import with its mandates and their running processes (their history stays). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        ImportedDocument document = documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
        events.publishEvent(new DocumentDeleted(id, document.getSymbol(), mandateService.findByDocument(id)));
        mandateService.deleteByDocument(id);
        paragraphs.deleteByDocumentId(id);
        documents.delete(document);
    }

    private static ImportedDocumentSummary summary(ImportedDocument document, int mandateCount) {
        return new ImportedDocumentSummary(document.getId(), document.getSymbol(), document.getBody(),
                document.getLanguage(), document.getStatus(), document.getAdopted(), document.getFileName(),
                document.getSha256(), document.getSizeBytes(), document.getImportedBy(), document.getImportedAt(),
                mandateCount);
    }

    /** Reads and extracts in one of a bounded number of slots, so parallel imports cannot exhaust memory. */
    private ExtractionResult extract(String fileName, byte[] content) {
        if (content.length > properties.uploadLimit().toBytes()) {
            throw new DocumentTooLargeException(properties.uploadLimit());
        }
        acquireExtractionSlot();
        try {
            MandateExtractor extractor = new MandateExtractor(entities.catalog(), sessionCalendar);
            return extractor.extract(DocumentReaders.read(fileName, content, properties.uploadLimit().toBytes()));
        } catch (DocumentReadException | NotAResolutionException rejected) {
            throw new ImportRejectedException(rejected.getMessage(), rejected);
        } finally {
            extractionSlots.release();
        }
    }

    private void acquireExtractionSlot() {
        try {
            if (!extractionSlots.tryAcquire(properties.extractionWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportBusyException();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException();
        }
    }

    private void saveParagraphs(Long documentId, List<ExtractionResult.Paragraph> extracted) {
        for (int position = 0; position < extracted.size(); position++) {
            ExtractionResult.Paragraph paragraph = extracted.get(position);
            paragraphs.save(new DocumentParagraph(documentId, position, paragraph.number(), paragraph.kind(),
                    String.join(",", paragraph.verbs()), paragraph.text()));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
