package org.mandatetracker.mandate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.base.Message;
import org.mandatetracker.document.DocumentReadException;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;
import org.mandatetracker.extraction.NotAResolutionException;
import org.mandatetracker.extraction.ParagraphKind;
import org.mandatetracker.extraction.SessionCalendar;
import org.mandatetracker.mandate.internal.DocumentListing;
import org.mandatetracker.mandate.internal.DocumentParagraph;
import org.mandatetracker.mandate.internal.DocumentParagraphRepository;
import org.mandatetracker.mandate.internal.ImportedDocument;
import org.mandatetracker.mandate.internal.ImportedDocumentRepository;
import org.mandatetracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a resolution: reads and extracts it outside any transaction, then in one transaction stores
 * the original bytes, its paragraphs and mandates, and (through {@link MandatesRegistered}, heard by the
 * workflow in the same transaction) starts one process per mandate. A failure anywhere rolls all of the
 * storing back; no connection is held while a long document is read.
 */
@Service
public class ImportService {

    /** {@code document.status} of a draft resolution in the extraction contract. */
    static final String DRAFT = "draft";
    /** The documents' order in the API: the last imported first. */
    public static final Sort LAST_IMPORTED_FIRST = Sort.by(Sort.Direction.DESC, "importedAt");
    /** What the list of documents can be sorted by: properties of {@link ImportedDocumentSummary}. */
    public static final Set<String> SORTABLE = Set.of("symbol", "body", "adopted", "language", "importedBy", "importedAt");

    private final ImportedDocumentRepository documents;
    private final DocumentParagraphRepository paragraphs;
    private final MandateService mandateService;
    private final EntityService entities;
    private final CurrentUser currentUser;
    private final MandateTrackerProperties properties;
    private final ApplicationEventPublisher events;
    private final SessionCalendar sessionCalendar = SessionCalendar.builtIn();
    private final Semaphore extractionSlots;
    private final TransactionTemplate storing;
    private final RenewalProposals renewals;

    ImportService(ImportedDocumentRepository documents, DocumentParagraphRepository paragraphs,
                  MandateService mandateService, EntityService entities, RenewalProposals renewals,
                  CurrentUser currentUser, MandateTrackerProperties properties, ApplicationEventPublisher events,
                  PlatformTransactionManager transactions) {
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.mandateService = mandateService;
        this.entities = entities;
        this.currentUser = currentUser;
        this.properties = properties;
        this.extractionSlots = new Semaphore(properties.concurrentExtractions(), true);
        this.events = events;
        this.storing = new TransactionTemplate(transactions);
        this.renewals = renewals;
    }

    /** Reads and extracts, and proposes the renewals it would; stores nothing. */
    @PreAuthorize("isAuthenticated()")
    public ImportResult dryRun(String fileName, byte[] content) {
        EntityCatalog catalog = entities.catalog();
        ExtractionResult extraction = extract(fileName, content, catalog);
        return new ImportResult(null, extraction.document().symbol(), List.of(), extraction,
                renewals.propose(extraction, catalog));
    }

    /**
     * What {@link #importDocument} would store, checked as it would check it (a symbol, not imported
     * before, neither the symbol nor the file), and stored nothing. A draft is read, so people see what
     * it is, but cannot be confirmed: {@link ImportPreview#refusal()} says why. No transaction: none
     * should stay open while a long document is read.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportPreview preview(String fileName, byte[] content, String symbol) {
        return examine(fileName, content, symbol, sha256(content), entities.catalog());
    }

    /** {@link #importDocument(String, String, byte[], String, List)} as extraction found it, without corrections. */
    @PreAuthorize("isAuthenticated()")
    public ImportResult importDocument(String fileName, String mediaType, byte[] content, String symbol) {
        return importDocument(fileName, mediaType, content, symbol, List.of(), RenewalChoice.REJECT);
    }

    /**
     * Imports the adopted resolution under the symbol it gives, or under {@code symbol} when that is
     * not null (a text pasted without its symbol block), with the corrections made in the preview
     * applied before the mandates are registered (the kind chooses the process) and recorded in each
     * mandate's history. A draft is refused: only an adopted text gives the Secretariat work. A
     * symbol, however spelt, and a file are imported once. A mandate renews the earlier one that its
     * correction accepts, or with {@link RenewalChoice#ACCEPT} its best proposal unless its correction
     * keeps both. Extraction and the renewal proposals run before the transaction opens; the
     * transaction only stores and starts the processes.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportResult importDocument(String fileName, String mediaType, byte[] content, String symbol,
                                       List<MandateCorrection> corrections, RenewalChoice renewalChoice) {
        String sha256 = sha256(content);
        // read once: extraction, the renewal proposals and the extensions' missions all weigh the same registry
        EntityCatalog catalog = entities.catalog();
        ImportPreview preview = examine(fileName, content, symbol, sha256, catalog);
        if (!preview.confirmable()) {
            throw new ImportRejectedException(preview.refusalReason());
        }
        ExtractionResult extraction = preview.extraction();
        ExtractionResult.Document source = extraction.document();
        List<PreviewCorrections.CorrectedMandate> mandates = PreviewCorrections.apply(extraction.mandates(),
                corrections, code -> entities.find(code).filter(UnEntity::canBeMandated).isPresent(), source.adopted());
        List<RenewalProposal> renewed = RenewalDecisions.choose(preview.renewals(), corrections, renewalChoice);
        String importedBy = currentUser.username().orElseThrow();
        return storing.execute(transaction -> store(preview, fileName, mediaType, content, sha256, importedBy, mandates,
                renewed, catalog));
    }

    /**
     * Stores what {@link #examine} read and registers its mandates, which starts their processes and
     * supersedes the processes of the renewed ones.
     */
    private ImportResult store(ImportPreview preview, String fileName, String mediaType, byte[] content, String sha256,
                               String importedBy, List<PreviewCorrections.CorrectedMandate> mandates,
                               List<RenewalProposal> renewed, EntityCatalog catalog) {
        ExtractionResult extraction = preview.extraction();
        ExtractionResult.Document source = extraction.document();
        ImportedDocument document;
        try {
            document = documents.saveAndFlush(new ImportedDocument(preview.symbol(), source.body().name(), source.language(),
                    source.status(), source.adopted(), fileName, mediaType, content, sha256, importedBy));
        } catch (DataIntegrityViolationException importedConcurrently) {
            throw new DuplicateDocumentException("import.refused.importedJustNow", preview.symbol());
        }
        saveParagraphs(document.getId(), extraction.paragraphs());
        mandateService.register(document, mandates, renewed, RenewalMatcher.missions(catalog));
        // read back: the workflow has attached each mandate's process meanwhile
        return new ImportResult(document.getId(), document.getSymbol(), mandateService.findByDocument(document.getId()),
                extraction, preview.renewals());
    }

    private ImportPreview examine(String fileName, byte[] content, String symbol, String sha256, EntityCatalog catalog) {
        String givenSymbol = DocumentSymbols.normalise(symbol);
        if (givenSymbol != null && givenSymbol.length() > DocumentSymbols.MAX_LENGTH) {
            throw new ImportRejectedException("import.refused.symbolTooLong", DocumentSymbols.MAX_LENGTH);
        }
        ExtractionResult extraction = extract(fileName, content, catalog);
        ExtractionResult.Document source = extraction.document();
        String storedSymbol = givenSymbol != null ? givenSymbol : DocumentSymbols.normalise(source.symbol());
        if (storedSymbol == null) {
            throw new ImportRejectedException("import.refused.noSymbol");
        }
        if (documents.existsBySymbol(storedSymbol)) {
            throw new DuplicateDocumentException("import.refused.symbolImported", storedSymbol);
        }
        Optional<ImportedDocument> sameFile = documents.findBySha256(sha256);
        if (sameFile.isPresent()) {
            throw new DuplicateDocumentException("import.refused.fileImported", sameFile.get().getSymbol());
        }
        Message refusal = !DRAFT.equals(source.status()) ? null
                : source.symbol() == null ? Message.of("import.refused.draft")
                : Message.of("import.refused.draftWithSymbol", source.symbol());
        return new ImportPreview(storedSymbol, extraction, refusal, renewals.propose(extraction, catalog));
    }

    /**
     * One page of the imported documents, sorted by any of {@link #SORTABLE}, then by id, so that consecutive
     * pages neither overlap nor skip one (the database sorts and pages; the bytes are not read).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ImportedDocumentSummary> documents(Pageable page) {
        page.getSort().forEach(order -> {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Documents cannot be sorted by " + order.getProperty());
            }
        });
        List<DocumentListing> listed = documents.findListings(
                PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(Sort.by("id"))));
        Map<Long, Integer> mandateCounts = mandateService.countByDocuments(listed.stream().map(DocumentListing::id).toList());
        return listed.stream().map(document -> new ImportedDocumentSummary(document.id(), document.symbol(),
                document.body(), document.language(), document.status(), document.adopted(), document.fileName(),
                document.sha256(), document.sizeBytes(), document.importedBy(), document.importedAt(),
                mandateCounts.getOrDefault(document.id(), 0))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countDocuments() {
        return documents.count();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentDetails> document(long id) {
        return documents.findById(id).map(document -> {
            List<Mandate> documentMandates = mandateService.findByDocument(id);
            List<DocumentDetails.StoredParagraph> stored = paragraphs.findByDocumentIdOrderByPosition(id).stream()
                    .map(paragraph -> new DocumentDetails.StoredParagraph(paragraph.getNumber(), ParagraphKind.of(paragraph.getKind()),
                            paragraph.getVerbs().isEmpty() ? List.of() : List.of(paragraph.getVerbs().split(",")),
                            paragraph.getText()))
                    .toList();
            return new DocumentDetails(summary(document, documentMandates.size()), stored, documentMandates);
        });
    }

    /** The bytes as they were imported, for download. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OriginalFile> original(long id) {
        return documents.findById(id).map(document -> new OriginalFile(document.getFileName(),
                document.getMediaType(), document.getContent()));
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
    private ExtractionResult extract(String fileName, byte[] content, EntityCatalog catalog) {
        if (content.length > properties.uploadLimit().toBytes()) {
            throw new DocumentTooLargeException(properties.uploadLimit());
        }
        acquireExtractionSlot();
        try {
            MandateExtractor extractor = new MandateExtractor(catalog, sessionCalendar);
            return extractor.extract(DocumentReaders.read(fileName, content, properties.uploadLimit().toBytes()));
        } catch (DocumentReadException | NotAResolutionException rejected) {
            throw new ImportRejectedException(rejected);
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
            paragraphs.save(new DocumentParagraph(documentId, position, paragraph.number(), paragraph.kind().code(),
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
