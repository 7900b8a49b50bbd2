package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.mandate.Mandate;

/**
 * One mandate in words, for people: its resolution (a link to the document's page), its paragraph with
 * the deadline phrase marked, and kind, addressees, deliverable, due, recurrence and lead, with entity
 * names from the registry in the reader's language instead of codes.
 */
public class MandateSummary extends VerticalLayout {

    private final EntityService entities;
    private final String language;

    /** @param language the reader's language code ("en", "fr"); names fall back to English */
    public MandateSummary(Mandate mandate, EntityService entities, String language) {
        this.entities = entities;
        this.language = language;
        setPadding(false);
        setSpacing(false);
        Anchor resolution = new Anchor("documents/" + mandate.documentId(), mandate.symbol());
        resolution.setId("mandate-resolution");
        H2 title = new H2();
        title.add(resolution, new Span(getTranslation("summary.paragraph", mandate.paragraph())));
        add(title, operativeParagraph(mandate));
        String kind = Labels.of(mandate.kind());
        add(line(getTranslation("summary.kind"), kind + (mandate.verb() == null ? "" : " (" + getTranslation("summary.quoted", mandate.verb()) + ")")));
        add(line(getTranslation("summary.addressees"), names(mandate.addressees())));
        if (mandate.reportTo() != null) {
            add(line(getTranslation("summary.reportTo"), name(mandate.reportTo())));
        }
        if (mandate.deliverable() != null && !mandate.deliverable().isBlank()) {
            add(line(getTranslation("summary.deliverable"), mandate.deliverable()));
        }
        add(line(getTranslation("summary.due"), dueInWords(mandate)));
        if (mandate.recurrence() != null) {
            add(line(getTranslation("summary.recurs"), recurrenceInWords(mandate.recurrence())
                    + (mandate.endDate() == null ? "" : getTranslation("summary.until", LocalFormats.date(mandate.endDate())))));
        }
        add(line(getTranslation("summary.lead"), mandate.ownerEntity() == null ? getTranslation("summary.lead.none")
                : getTranslation("summary.lead.named", name(mandate.ownerEntity()), mandate.focalPoint())));
        add(line(getTranslation("summary.status"), Labels.of(mandate.status())));
    }

    /**
     * The paragraph's text with the words extraction read marked where it read them; for a mandate imported
     * before evidence was kept, the words that set the deadline, where they are found.
     */
    static Paragraph operativeParagraph(Mandate mandate) {
        if (mandate.evidence() != null) {
            Paragraph marked = new MarkedParagraph(mandate.text(), mandate.evidence());
            marked.setId("mandate-paragraph");
            return marked;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.setId("mandate-paragraph");
        paragraph.getStyle().set("white-space", "pre-wrap");
        String text = mandate.text();
        String phrase = mandate.due() == null ? null : mandate.due().text();
        int start = phrase == null || phrase.isBlank() ? -1
                : text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        if (start < 0) {
            paragraph.setText(text);
            return paragraph;
        }
        int end = start + phrase.length();
        Element mark = new Element("mark");
        mark.setText(text.substring(start, end));
        paragraph.getElement().appendChild(Element.createText(text.substring(0, start)), mark,
                Element.createText(text.substring(end)));
        return paragraph;
    }

    /** The due date with "≈" when estimated, and the words that set it; never "null". */
    static String dueInWords(Mandate mandate) {
        Mandate.Due due = mandate.due();
        if (due == null) {
            return I18NProvider.translate("summary.due.none");
        }
        String when = MandatesView.due(mandate);
        return due.text() == null || due.text().isBlank() || when.equals(due.text()) ? when
                : when + " · " + I18NProvider.translate("summary.quoted", due.text());
    }

    /**
     * An ISO-8601 period as people say it in the reader's language: "every 90 days", "every year",
     * "every 18 months" (a year and a half is said in months).
     */
    static String recurrenceInWords(String recurrence) {
        Period period;
        try {
            period = Period.parse(recurrence).normalized();
        } catch (RuntimeException notAPeriod) {
            return recurrence;
        }
        List<String> units = new ArrayList<>();
        long months = period.toTotalMonths();
        if (months % 12 == 0 && months > 0) {
            units.add(I18NProvider.translate("summary.recurrence.years", months / 12));
        } else if (months > 0) {
            units.add(I18NProvider.translate("summary.recurrence.months", months));
        }
        if (period.getDays() > 0) {
            units.add(I18NProvider.translate("summary.recurrence.days", period.getDays()));
        }
        return units.isEmpty() ? recurrence : units.size() == 1
                ? I18NProvider.translate("summary.recurrence.every", units.get(0))
                : I18NProvider.translate("summary.recurrence.everyBoth", units.get(0), units.get(1));
    }

    private String names(List<String> codes) {
        return codes.isEmpty() ? getTranslation("summary.addressees.none") : entities.namesOf(codes, language);
    }

    /** The registry's name for the code in the reader's language, or the code for one the registry lacks. */
    private String name(String code) {
        return entities.namesOf(List.of(code), language);
    }

    private static Div line(String label, String value) {
        Span caption = new Span(I18NProvider.translate("summary.caption", label));
        caption.getStyle().set("font-weight", "600");
        return new Div(caption, new Span(value));
    }
}
