package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.mandate.DocumentSymbols;
import org.mandatetracker.mandate.DocumentTooLargeException;
import org.mandatetracker.mandate.DuplicateDocumentException;
import org.mandatetracker.mandate.ImportBusyException;
import org.mandatetracker.mandate.ImportPreview;
import org.mandatetracker.mandate.ImportRejectedException;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.ImportService;
import org.mandatetracker.mandate.RenewalChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import with a preview: files (several at once, dropped or chosen) or a pasted text are read and
 * checked, each shown with its mandates to correct, and stored only when the person confirms. Until
 * then the bytes stay in this view's memory, at most {@link #MAX_PENDING} files and one upload limit
 * together.
 */
@Route("import")
@Menu(title = "menu.import", order = 1)
@PermitAll
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    static final int MAX_PENDING = 30;
    static final String PASTED_TEXT = "pasted.txt";

    private final ImportService imports;
    private final EntityService entities;
    /** How often the page asks for cards read meanwhile. */
    private static final int POLL_MILLIS = 1000;
    private final long uploadLimit;
    private final VerticalLayout cards = new VerticalLayout();
    private final ImportSummary summary = new ImportSummary();
    private final Upload upload;
    private final Button confirmAll = new Button(getTranslation("import.confirmAll"), click -> confirmAll());
    private final Button cancelAll = new Button(getTranslation("import.cancelAll"), click -> cancelAll());
    /** Reserved by uploads before they are read, which happens outside the UI lock. */
    private final AtomicInteger pendingFiles = new AtomicInteger();
    private final AtomicLong pendingBytes = new AtomicLong();

    ImportView(ImportService imports, EntityService entities, MandateTrackerProperties properties) {
        this.imports = imports;
        this.entities = entities;
        this.uploadLimit = properties.uploadLimit().toBytes();
        setWidthFull();
        setMaxWidth("80em");

        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((file, content) ->
                read(ui, file.fileName(), file.contentType(), content, null)));
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", ".docx", ".pdf");
        upload.setMaxFiles(MAX_PENDING);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploadLimit));
        upload.setUploadButton(new Button(getTranslation("import.chooseFiles")));
        upload.setI18n(uploadTexts());
        upload.setDropLabel(new Span(getTranslation("import.dropLabel", properties.uploadLimit().toMegabytes())));
        upload.addFileRejectedListener(rejected -> addCard(PreviewCard.refused(rejected.getFileName(),
                rejected.getErrorMessage())));
        // the cards say what became of each file; the upload's own list would keep a ✓ for a refused one
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        // previews are read on the uploads' own requests, outside the UI's: poll so that a card added
        // after the browser's last round trip still shows without the person touching the page
        addAttachListener(attached -> attached.getUI().setPollInterval(POLL_MILLIS));
        addDetachListener(detached -> detached.getUI().setPollInterval(-1));
        upload.setWidthFull();

        TextArea pasted = new TextArea(getTranslation("import.pastedText"));
        pasted.setWidthFull();
        pasted.setMinHeight("8em");
        pasted.setMaxLength((int) Math.min(Integer.MAX_VALUE, uploadLimit));
        TextField symbol = new TextField(getTranslation("import.symbol"));
        symbol.setPlaceholder("S/RES/2553 (2020)");
        symbol.setMaxLength(DocumentSymbols.MAX_LENGTH);
        Button previewText = new Button(getTranslation("import.preview"), click -> {
            if (!pasted.getValue().isBlank()) {
                read(ui, PASTED_TEXT, "text/plain", pasted.getValue().getBytes(StandardCharsets.UTF_8),
                        symbol.getValue().isBlank() ? null : symbol.getValue());
                pasted.clear();
                symbol.clear();
            }
        });
        HorizontalLayout pasteActions = new HorizontalLayout(symbol, previewText);
        pasteActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Details paste = new Details(getTranslation("import.paste"), new VerticalLayout(pasted, pasteActions));

        confirmAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout batchActions = new HorizontalLayout(confirmAll, cancelAll);
        cards.setPadding(false);
        cards.setId("import-cards");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.explanation")),
                upload, paste, summary, batchActions, cards);
        updateBatchActions();
    }

    /**
     * Reads and checks the file for its preview. Runs in the UI's lock: Vaadin hands an uploaded file over
     * through {@link UI#access}, once its bytes have arrived.
     */
    private void read(UI ui, String fileName, String mediaType, byte[] content, String symbol) {
        if (!reserve(content.length)) {
            ui.access(() -> addCard(PreviewCard.refused(fileName, ui.getTranslation("import.tooMuchWaiting", MAX_PENDING,
                    uploadLimit / (1024 * 1024)))));
            return;
        }
        try {
            ImportPreview preview = imports.preview(fileName, content, symbol);
            PendingImport pending = new PendingImport(fileName, mediaType, content, symbol, preview);
            if (!preview.confirmable()) {
                release(content.length);
            }
            ui.access(() -> addCard(PreviewCard.preview(pending, entities.catalog(), this::confirm, this::cancel)));
        } catch (ImportRejectedException | DuplicateDocumentException | DocumentTooLargeException
                 | ImportBusyException refused) {
            release(content.length);
            ui.access(() -> addCard(PreviewCard.refused(fileName, Labels.reasonOf(refused))));
        } catch (RuntimeException failed) {
            // a fault of ours, not of the file: the file still gets its card, and the fault its log entry
            LOG.error("The preview of {} ({} bytes) failed", fileName, content.length, failed);
            release(content.length);
            ui.access(() -> addCard(PreviewCard.refused(fileName, ui.getTranslation("import.previewFailed"))));
        }
    }

    /** The upload's own words: its buttons, a refused file's reason, the progress and a file's buttons. */
    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.dropFile"))
                .setMany(getTranslation("import.upload.dropFiles")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.addFile"))
                .setMany(getTranslation("import.upload.addFiles")));
        texts.setFile(new UploadI18N.File().setRetry(getTranslation("import.upload.retry"))
                .setStart(getTranslation("import.upload.start")).setRemove(getTranslation("import.upload.remove")));
        texts.setUnits(new UploadI18N.Units(List.of(getTranslation("import.upload.units").split(" "))));
        texts.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation("import.upload.fileIsTooBig"))
                .setIncorrectFileType(getTranslation("import.upload.incorrectFileType")));
        UploadI18N.Uploading uploading = new UploadI18N.Uploading();
        uploading.setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.upload.connecting"))
                .setStalled(getTranslation("import.upload.stalled"))
                .setProcessing(getTranslation("import.upload.processing"))
                .setHeld(getTranslation("import.upload.held")));
        uploading.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                .setPrefix(getTranslation("import.upload.remainingTime"))
                .setUnknown(getTranslation("import.upload.remainingTimeUnknown")));
        uploading.setError(new UploadI18N.Uploading.Error()
                .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                .setForbidden(getTranslation("import.upload.forbidden")));
        return texts.setUploading(uploading);
    }

    private void confirm(PreviewCard card) {
        Optional<PendingImport> waiting = card.pending();
        if (waiting.isEmpty() || !card.checkFields()) {
            return;
        }
        PendingImport pending = waiting.get();
        try {
            ImportResult result = imports.importDocument(pending.fileName(), pending.mediaType(), pending.content(),
                    pending.symbol(), card.corrections(), RenewalChoice.REJECT);
            card.imported(result);
        } catch (ImportRejectedException | DuplicateDocumentException | DocumentTooLargeException
                 | ImportBusyException refused) {
            card.refuse(Labels.reasonOf(refused));
        }
        release(pending.content().length);
        updateSummary();
    }

    private void cancel(PreviewCard card) {
        card.pending().ifPresent(pending -> release(pending.content().length));
        cards.remove(card);
        updateSummary();
    }

    private void confirmAll() {
        previewCards().forEach(this::confirm);
    }

    private void cancelAll() {
        previewCards().forEach(this::cancel);
    }

    private List<PreviewCard> previewCards() {
        return cards.getChildren().map(PreviewCard.class::cast).filter(card -> card.pending().isPresent()).toList();
    }

    private void addCard(PreviewCard card) {
        cards.add(card);
        if (!upload.isUploading()) {
            upload.clearFileList();
        }
        updateSummary();
    }

    /** One summary for all files once none waits for confirmation; meanwhile the batch buttons. */
    private void updateSummary() {
        List<PreviewCard> all = cards.getChildren().map(PreviewCard.class::cast).toList();
        boolean waiting = all.stream().anyMatch(card -> card.pending().isPresent());
        List<ImportOutcome> outcomes = new ArrayList<>();
        all.forEach(card -> card.outcome().ifPresent(outcomes::add));
        summary.show(waiting ? List.of() : outcomes);
        updateBatchActions();
    }

    private void updateBatchActions() {
        boolean several = previewCards().size() > 1;
        confirmAll.setVisible(several);
        cancelAll.setVisible(several);
    }

    private boolean reserve(long bytes) {
        int files = pendingFiles.incrementAndGet();
        long total = pendingBytes.addAndGet(bytes);
        if (files > MAX_PENDING || total > uploadLimit) {
            release(bytes);
            return false;
        }
        return true;
    }

    private void release(long bytes) {
        pendingFiles.decrementAndGet();
        pendingBytes.addAndGet(-bytes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.import"));
    }
}
