package org.mandatetracker.mandate.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * A paragraph of a resolution with a mandate's verb, addressees and deadline phrase in {@code <mark>}
 * elements, and its deliverable underlined where extraction's evidence says where it stands. Every piece is set as text, never as markup, whatever the document holds.
 */
final class MarkedParagraph extends Paragraph {

    /**
     * @param addressees registry codes; where the text names one of them is marked
     * @param deadlines  the words that set the deadlines of the paragraph's mandates
     */
    MarkedParagraph(EntityCatalog catalog, String text, List<String> verbs, List<String> addressees,
                    List<String> deadlines) {
        this(ParagraphMarks.segments(text, verbs,
                catalog.mentions(text).stream().filter(mention -> addressees.contains(mention.code())).toList(), deadlines));
    }

    /** The words extraction read, at the places it read them, with the deliverable underlined. */
    MarkedParagraph(String text, ExtractionResult.Evidence evidence) {
        this(ParagraphMarks.segments(text, evidence));
    }

    private MarkedParagraph(List<ParagraphMarks.Segment> segments) {
        for (ParagraphMarks.Segment segment : segments) {
            getElement().appendChild(element(segment));
        }
        addClassName("marked-paragraph");
        getStyle().set("white-space", "pre-line").set("line-height", "1.6");
    }

    private static Element element(ParagraphMarks.Segment segment) {
        if (segment.mark() == null && !segment.deliverable()) {
            return Element.createText(segment.text());
        }
        Element element = segment.mark() == null ? new Element("span") : mark(segment);
        if (segment.mark() == null) {
            element.setText(segment.text());
        }
        if (segment.deliverable()) {
            element.getClassList().add("mark-deliverable");
            element.getStyle().set("text-decoration", "underline").set("text-underline-offset", "0.2em");
        }
        return element;
    }

    private static Element mark(ParagraphMarks.Segment segment) {
        Element mark = new Element("mark");
        mark.setText(segment.text());
        mark.setAttribute("title", Labels.of(segment.mark()));
        mark.getClassList().add("mark-" + segment.mark().label());
        // three backgrounds that keep the body text's contrast
        mark.getStyle().set("color", "var(--lumo-body-text-color)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 0.15em").set("background", switch (segment.mark()) {
                    case VERB -> "var(--lumo-contrast-10pct)";
                    case ADDRESSEE -> "var(--lumo-primary-color-10pct)";
                    case DEADLINE -> "#fff3b0";
                });
        if (segment.mark() == ParagraphMarks.Mark.VERB) {
            mark.getStyle().set("font-weight", "600");
        }
        return mark;
    }
}
