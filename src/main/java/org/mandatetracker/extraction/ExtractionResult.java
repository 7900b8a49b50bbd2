package org.mandatetracker.extraction;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link MandateExtractor} finds in a resolution, shaped exactly like the JSON of the extraction
 * contract ({@code docs/extraction-contract.md}); serialise it with Jackson and the JavaTimeModule
 * with dates as ISO strings (see {@link ExtractionJson}).
 */
@JsonPropertyOrder({"document", "paragraphs", "mandates"})
public record ExtractionResult(Document document, List<Paragraph> paragraphs, List<Mandate> mandates) {

    public ExtractionResult {
        paragraphs = List.copyOf(paragraphs);
        mandates = List.copyOf(mandates);
    }

    /**
     * @param symbol   the resolution's symbol as printed ("S/RES/2553 (2020)"), null when the text gives none
     * @param body     the body that adopted it, {@link Body#OTHER} when the text names none of the main organs
     * @param adopted  adoption date, null for a draft or when the text does not say
     * @param language ISO 639-1 code of the resolution's own text
     * @param status   "adopted" or "draft"
     */
    @JsonPropertyOrder({"symbol", "body", "adopted", "language", "status"})
    public record Document(String symbol, Body body, LocalDate adopted, String language, String status) {
    }

    /**
     * @param number        operative number ("25", "A.1"), null for the preamble
     * @param kind          preambular or operative (written "preambular", "operative")
     * @param verbs         the paragraph's verbs, lower case, in the document's language
     * @param subparagraphs lettered sub-paragraphs of an operative paragraph; absent for the preamble
     */
    @JsonPropertyOrder({"number", "kind", "verbs", "text", "subparagraphs"})
    public record Paragraph(String number, ParagraphKind kind, List<String> verbs, String text,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<Subparagraph> subparagraphs) {

        public Paragraph {
            verbs = List.copyOf(verbs);
            subparagraphs = subparagraphs == null ? null : List.copyOf(subparagraphs);
        }

        public boolean isOperative() {
            return kind == ParagraphKind.OPERATIVE;
        }
    }

    public record Subparagraph(String label, String text) {
    }

    /**
     * One task the resolution gives a United Nations actor.
     *
     * @param verb        the mandating verb normalised to English ("requests", "urges" …)
     * @param strength    how strongly the verb asks
     * @param kind        what is asked; it picks the mandate's process
     * @param addressees  registry codes of the actors asked
     * @param reportTo    the body a report goes to, or null
     * @param due         the deadline, or null
     * @param recurrence  ISO-8601 period of a recurring task ("P90D", "P1Y"), or null
     * @param endDate     when the mandate ends (an extension's end, the end of a recurrence), or null
     * @param deliverable what is asked for, cut from the paragraph in its own language
     * @param evidence    where the verb, the addressees, the deadline and the deliverable stand in {@code text};
     *                    null for a mandate that was not read from a text
     */
    @JsonPropertyOrder({"paragraph", "subparagraphs", "verb", "strength", "kind", "addressees", "reportTo", "due",
            "recurrence", "endDate", "deliverable", "mentionedEntities", "text", "evidence"})
    public record Mandate(String paragraph, List<String> subparagraphs, String verb, Strength strength, MandateKind kind,
                          List<String> addressees, String reportTo, Due due, String recurrence, LocalDate endDate,
                          String deliverable, List<String> mentionedEntities, String text, Evidence evidence) {

        public Mandate {
            subparagraphs = List.copyOf(subparagraphs);
            addressees = List.copyOf(addressees);
            mentionedEntities = List.copyOf(mentionedEntities);
        }
    }

    /**
     * The words of the paragraph a mandate rests on, as character offsets into {@link Mandate#text()}, so
     * that a reader can be shown why: {@code text.substring(start, end)} is the word or phrase itself.
     *
     * @param verb        the mandating verb of the lead clause
     * @param addressees  the first place each addressee is named, in the order of {@link Mandate#addressees()}
     *                    (none for a task without one, such as an agenda item)
     * @param deadline    the words that set the due date, or null when the text gives none
     * @param deliverable the deliverable's words ({@link Mandate#deliverable()} without a closing " …"), or null
     */
    @JsonPropertyOrder({"verb", "addressees", "deadline", "deliverable"})
    public record Evidence(Span verb, List<Span> addressees, Span deadline, Span deliverable) {

        public Evidence {
            addressees = List.copyOf(addressees);
        }
    }

    /** A run of characters {@code [start, end)}, written in JSON as {@code [start, end]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"start", "end"})
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Not a span: [" + start + ", " + end + "]");
            }
        }
    }

    /**
     * A deadline as the text gives it.
     *
     * @param date      the date, null when it cannot be known (a draft's "within 30 days", an unknown session)
     * @param precision how exactly the date is known
     * @param session   the session number for precision {@link DuePrecision#SESSION}, else null
     * @param text      the words of the text that set the deadline
     * @param estimated the date is a session's opening or closing computed from its body's rules, not a
     *                  known one; in JSON only when true
     */
    @JsonPropertyOrder({"date", "precision", "session", "text", "estimated"})
    public record Due(LocalDate date, DuePrecision precision, Integer session, String text,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean estimated) {

        /** A deadline whose date the text gives, or that has none: nothing about it is estimated. */
        public Due(LocalDate date, DuePrecision precision, Integer session, String text) {
            this(date, precision, session, text, false);
        }
    }
}
