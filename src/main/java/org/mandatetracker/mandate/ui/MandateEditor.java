package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mandatetracker.base.ui.DatePickers;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.UnEntity;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateCorrection;
import org.mandatetracker.mandate.RenewalProposal;

/**
 * One extracted mandate in the import preview: its paragraph with the verb, addressees and deadline
 * phrase marked, and its kind, addressees and due date editable before the import is confirmed; when it
 * may renew an earlier mandate, the proposals with their reasons, to accept one or keep both.
 */
final class MandateEditor extends Div {

    private final int index;
    private final ExtractionResult.Mandate extracted;
    private final ComboBox<MandateKind> kind = new ComboBox<>(getTranslation("preview.kind"));
    private final MultiSelectComboBox<String> addressees = new MultiSelectComboBox<>(getTranslation("preview.addressees"));
    private final DatePicker due = DatePickers.labelled(getTranslation("preview.due"));
    /** The accepted proposal; empty (the default) keeps both mandates. */
    private final RadioButtonGroup<Optional<RenewalProposal>> renewal = new RadioButtonGroup<>(getTranslation("preview.renews"));
    private final List<RenewalProposal> proposals;

    /**
     * @param verbs    the paragraph's verbs in the document's language
     * @param earliest the first day a due date may be on (the adoption date when known)
     * @param latest   the last
     */
    MandateEditor(int index, ExtractionResult.Mandate extracted, List<String> verbs, EntityCatalog catalog,
                  LocalDate earliest, LocalDate latest, List<RenewalProposal> proposals) {
        this.index = index;
        this.extracted = extracted;
        this.proposals = proposals;
        addClassName("mandate-preview");
        getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");

        String deadline = extracted.due() == null ? null : extracted.due().text();
        H4 heading = new H4(getTranslation("preview.paragraph", extracted.paragraph())
                + (extracted.subparagraphs().isEmpty() ? "" : " (" + String.join(", ", extracted.subparagraphs()) + ")"));
        heading.getStyle().set("margin", "0");

        kind.setItems(MandateKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(extracted.kind());
        kind.setAllowCustomValue(false);

        Set<String> codes = new LinkedHashSet<>(extracted.addressees());
        catalog.entities().stream().filter(UnEntity::canBeMandated).map(UnEntity::code).sorted().forEach(codes::add);
        addressees.setItems(codes);
        String language = LocalFormats.locale().getLanguage();
        addressees.setItemLabelGenerator(code -> catalog.byCode(code).map(entity -> entity.name(language) + " (" + code + ")")
                .orElse(code));
        addressees.setValue(new LinkedHashSet<>(extracted.addressees()));
        addressees.setWidth("28em");
        // what screen readers hear as chips come and go, Vaadin's own words English; set on a page, where the
        // bundles are (the total must hold its {count})
        addressees.addAttachListener(attached -> addressees.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(getTranslation("preview.addressees.cleared"))
                .setFocused(getTranslation("preview.addressees.focused"))
                .setSelected(getTranslation("preview.addressees.selected"))
                .setDeselected(getTranslation("preview.addressees.deselected"))
                .setTotal(getTranslation("preview.addressees.total"))));

        LocalDate extractedDue = extracted.due() == null ? null : extracted.due().date();
        // what extraction found stays acceptable as it is
        due.setMin(extractedDue != null && extractedDue.isBefore(earliest) ? extractedDue : earliest);
        due.setMax(latest);
        due.setValue(extractedDue);
        due.setHelperText(deadline == null ? getTranslation("preview.noDeadline")
                : getTranslation("preview.textSays", deadline));

        HorizontalLayout fields = new HorizontalLayout(kind, addressees, due);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        add(heading, extracted.evidence() != null ? new MarkedParagraph(extracted.text(), extracted.evidence())
                : new MarkedParagraph(catalog, extracted.text(), verbs, extracted.addressees(),
                deadline == null ? List.of() : List.of(deadline)), fields);
        if (extracted.deliverable() != null) {
            Span deliverable = new Span(getTranslation("preview.asksFor", extracted.deliverable()));
            deliverable.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(deliverable);
        }
        if (!proposals.isEmpty()) {
            List<Optional<RenewalProposal>> choices = new ArrayList<>();
            proposals.forEach(proposal -> choices.add(Optional.of(proposal)));
            choices.add(Optional.empty());
            renewal.addClassName("renewal-proposals");
            renewal.setItems(choices);
            renewal.setRenderer(new ComponentRenderer<>(this::renewalChoice));
            renewal.setValue(Optional.empty());
            renewal.setHelperText(getTranslation("preview.renewal.help"));
            add(renewal);
        }
    }

    private Div renewalChoice(Optional<RenewalProposal> choice) {
        if (choice.isEmpty()) {
            return new Div(new Span(getTranslation("preview.renewal.neither")));
        }
        RenewalProposal proposal = choice.get();
        Div reasons = new Div(new Span(proposal.grounds().stream().map(Labels::of).collect(Collectors.joining("; "))));
        reasons.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(new Span(getTranslation("preview.renewal.proposal", proposal.symbol(), proposal.paragraph(),
                proposal.score())), reasons);
    }

    /** Accepts the best proposal, if there is one: the card's "accept all". */
    void acceptBestRenewal() {
        if (!proposals.isEmpty()) {
            renewal.setValue(Optional.of(proposals.get(0)));
        }
    }

    boolean hasRenewalProposals() {
        return !proposals.isEmpty();
    }

    /** What the person changed, or empty when the fields still hold what extraction found. */
    Optional<MandateCorrection> correction() {
        MandateKind chosenKind = kind.getValue() == null || kind.getValue() == extracted.kind()
                ? null : kind.getValue();
        List<String> chosen = new ArrayList<>(addressees.getValue());
        List<String> chosenAddressees = Set.copyOf(chosen).equals(Set.copyOf(extracted.addressees())) ? null : chosen;
        LocalDate extractedDue = extracted.due() == null ? null : extracted.due().date();
        LocalDate chosenDue = due.getValue() == null || Objects.equals(due.getValue(), extractedDue) ? null : due.getValue();
        Long renews = renewal.getValue() == null ? null : renewal.getValue().map(RenewalProposal::mandateId).orElse(null);
        if (chosenKind == null && chosenAddressees == null && chosenDue == null && renews == null) {
            return Optional.empty();
        }
        return Optional.of(new MandateCorrection(index, extracted.paragraph(), chosenKind, chosenAddressees, chosenDue,
                renews, false));
    }

    /**
     * Whether the fields hold something the import can take: a date within bounds, and at least one
     * addressee unless the text names none ("decides to extend the mandate of UNMISS", which a renewal
     * repeats) and the person added none.
     */
    boolean isValid() {
        return (!addressees.getValue().isEmpty() || extracted.addressees().isEmpty()) && !due.isInvalid();
    }
}
