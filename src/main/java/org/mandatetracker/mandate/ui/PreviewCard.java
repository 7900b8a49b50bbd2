package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.mandate.ImportPreview;
import org.mandatetracker.mandate.ImportResult;
import org.mandatetracker.mandate.MandateCorrection;

/**
 * One file in the import view: first its preview, with the mandates editable and Confirm and Cancel,
 * then what became of it, imported or refused with the reason in a plain sentence beside the file.
 */
final class PreviewCard extends Div {

    private final String fileName;
    private final Span state = new Span();
    private final Paragraph sentence = new Paragraph();
    private final Div content = new Div();
    private final List<MandateEditor> editors = new ArrayList<>();
    private PendingImport pending;
    private ImportOutcome outcome;

    private PreviewCard(String fileName) {
        this.fileName = fileName;
        addClassName("import-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        H3 title = new H3(fileName);
        title.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(title, state);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        sentence.addClassName("import-sentence");
        sentence.setVisible(false);
        add(header, sentence, content);
    }

    /** A file read and checked; a draft shows what it is and why it cannot be confirmed. */
    static PreviewCard preview(PendingImport pending, EntityCatalog catalog, Consumer<PreviewCard> confirm,
                               Consumer<PreviewCard> cancel) {
        PreviewCard card = new PreviewCard(pending.fileName());
        ImportPreview preview = pending.preview();
        card.content.add(card.describe(preview));
        if (!preview.confirmable()) {
            card.refuse(Labels.of(preview.refusalReason()));
            return card;
        }
        card.pending = pending;
        card.setState(card.getTranslation("preview.state.preview"), "badge");
        ExtractionResult extraction = preview.extraction();
        LocalDate adopted = extraction.document().adopted();
        List<ExtractionResult.Mandate> mandates = extraction.mandates();
        card.content.add(new Paragraph(mandates.isEmpty() ? card.getTranslation("preview.noMandate")
                : card.getTranslation("preview.check", MandatesView.mandateCount(mandates.size()))));
        for (int index = 0; index < mandates.size(); index++) {
            ExtractionResult.Mandate mandate = mandates.get(index);
            MandateEditor editor = new MandateEditor(index, mandate, verbsOf(extraction, mandate.paragraph()), catalog,
                    adopted == null ? MandateCorrection.EARLIEST_DUE : adopted, MandateCorrection.LATEST_DUE,
                    preview.renewals().get(index));
            card.editors.add(editor);
            card.content.add(editor);
        }
        Button confirmButton = new Button(card.getTranslation("preview.confirm"), click -> confirm.accept(card));
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelButton = new Button(card.getTranslation("preview.cancel"), click -> cancel.accept(card));
        HorizontalLayout buttons = new HorizontalLayout(confirmButton, cancelButton);
        long renewing = card.editors.stream().filter(MandateEditor::hasRenewalProposals).count();
        if (renewing > 0) {
            card.content.addComponentAtIndex(2, new Paragraph(card.getTranslation("preview.renewals", renewing)));
            buttons.add(new Button(card.getTranslation("preview.acceptAllRenewals"), click -> card.editors.forEach(MandateEditor::acceptBestRenewal)));
        }
        card.content.add(buttons);
        return card;
    }

    /** A file refused before it could be previewed: unreadable, not a resolution, imported before, too large, busy. */
    static PreviewCard refused(String fileName, String reason) {
        PreviewCard card = new PreviewCard(fileName);
        card.refuse(reason);
        return card;
    }

    /** The preview's bytes and what the person changed, while it waits; empty once confirmed, refused or cancelled. */
    Optional<PendingImport> pending() {
        return Optional.ofNullable(pending);
    }

    List<MandateCorrection> corrections() {
        return editors.stream().map(MandateEditor::correction).flatMap(Optional::stream).toList();
    }

    /** Whether every mandate's fields hold something the import takes; if not, says so beside the file. */
    boolean checkFields() {
        boolean valid = editors.stream().allMatch(MandateEditor::isValid);
        if (!valid) {
            say(getTranslation("preview.invalidFields", LocalFormats.date(MandateCorrection.LATEST_DUE)));
        }
        return valid;
    }

    void imported(ImportResult result) {
        pending = null;
        outcome = ImportOutcome.imported(fileName, result.id(), result.symbol(), result.mandates().size());
        setState(getTranslation("preview.state.imported"), "badge success");
        content.removeAll();
        RouterLink document = new RouterLink(result.symbol(), DocumentView.class, new RouteParameters(
                DocumentView.ID, String.valueOf(result.id())));
        Paragraph done = new Paragraph(new Span(getTranslation("preview.importedAs")), document,
                new Span(getTranslation("preview.importedWith", MandatesView.mandateCount(result.mandates().size()))));
        content.add(done);
        sentence.setVisible(false);
    }

    void refuse(String reason) {
        pending = null;
        outcome = ImportOutcome.refused(fileName, reason);
        setState(getTranslation("preview.state.refused"), "badge error");
        editors.clear();
        content.getChildren().filter(child -> !(child instanceof Div && ((Div) child).hasClassName("document-facts")))
                .toList().forEach(content::remove);
        say(reason);
        getStyle().set("border-color", "var(--lumo-error-color-50pct)");
    }

    /** Imported or refused; empty while the preview waits. */
    Optional<ImportOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    String fileName() {
        return fileName;
    }

    private void say(String text) {
        sentence.setText(text);
        sentence.setVisible(true);
    }

    private void setState(String text, String theme) {
        state.setText(text);
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    }

    /** Symbol, body, adoption date or a draft marker, language. */
    private Div describe(ImportPreview preview) {
        ExtractionResult.Document source = preview.extraction().document();
        Span adoption = new Span(DocumentLabels.adoption(source.status(), source.adopted()));
        if (preview.draft()) {
            adoption.getElement().getThemeList().addAll(List.of("badge", "contrast"));
        }
        Div facts = new Div(new Span(preview.symbol() + " · " + Labels.of(source.body()) + " · "), adoption,
                new Span(" · " + DocumentLabels.language(source.language())));
        facts.addClassName("document-facts");
        return facts;
    }

    private static List<String> verbsOf(ExtractionResult extraction, String paragraph) {
        return extraction.paragraphs().stream().filter(candidate -> paragraph.equals(candidate.number()))
                .findFirst().map(ExtractionResult.Paragraph::verbs).orElse(List.of());
    }
}
