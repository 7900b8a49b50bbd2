package org.mandatetracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.document.DocumentText;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult.Mandate;
import org.mandatetracker.extraction.ExtractionResult.Paragraph;
import org.mandatetracker.extraction.ExtractionResult.Subparagraph;
import org.mandatetracker.extraction.internal.DeadlineFinder;
import org.mandatetracker.extraction.internal.MandateAnalyser;
import org.mandatetracker.extraction.internal.Metadata;
import org.mandatetracker.extraction.internal.ParsedResolution;
import org.mandatetracker.extraction.internal.ResolutionParser;
import org.mandatetracker.extraction.internal.Verbs;

/**
 * Reads a resolution in any official language and finds its mandates: who is asked to do what, by
 * when. Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * ExtractionResult result = MandateExtractor.defaults().extract("A-RES-79-12.pdf", bytes);
 * }</pre>
 */
public final class MandateExtractor {

    /** What ends a paragraph's first word: white space as {@code \s} means it in a regular expression, and commas, semicolons and colons. */
    private static final String WORD_SEPARATORS = " \t\n\u000B\f\r,;:،";

    private static volatile MandateExtractor defaults;

    private final SessionCalendar calendar;
    private final MandateAnalyser analyser;

    public MandateExtractor(EntityCatalog catalog, SessionCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.analyser = new MandateAnalyser(Objects.requireNonNull(catalog, "catalog"));
    }

    /** An extractor with the built-in entity registry and session calendar. */
    public MandateExtractor() {
        this(EntityCatalog.builtIn(), SessionCalendar.builtIn());
    }

    /** A shared extractor with the built-in entity registry and session calendar. */
    public static MandateExtractor defaults() {
        MandateExtractor extractor = defaults;
        if (extractor == null) {
            synchronized (MandateExtractor.class) {
                if (defaults == null) {
                    defaults = new MandateExtractor();
                }
                extractor = defaults;
            }
        }
        return extractor;
    }

    /**
     * @throws org.mandatetracker.document.DocumentReadException when the file cannot be read
     * @throws NotAResolutionException                          when it is not a resolution
     */
    public ExtractionResult extract(String fileName, byte[] content) {
        return extract(DocumentReaders.read(fileName, content));
    }

    /** @throws NotAResolutionException when the text is not a resolution */
    public ExtractionResult extract(DocumentText document) {
        ParsedResolution resolution = ResolutionParser.parse(document.text());
        if (resolution == null) {
            throw new NotAResolutionException("extraction.notAResolution.noPreamble");
        }
        if (resolution.operative().isEmpty()) {
            throw new NotAResolutionException("extraction.notAResolution.noOperativeParagraphs");
        }
        Metadata.Values metadata = Metadata.read(resolution);
        String language = resolution.lexicon().language();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (ParsedResolution.Block block : resolution.preamble()) {
            paragraphs.add(new Paragraph(null, ParagraphKind.PREAMBULAR, firstWord(block.text()), block.text(), null));
        }
        List<Mandate> mandates = new ArrayList<>();
        LocalDate mandateEnd = null;
        for (ParsedResolution.Operative operative : resolution.operative()) {
            String text = operative.fullText();
            List<Subparagraph> subs = operative.subs().stream().map(s -> new Subparagraph(s.label(), s.text())).toList();
            List<Verbs.Occurrence> verbs = Verbs.find(resolution.lexicon(), text);
            paragraphs.add(new Paragraph(operative.number(), ParagraphKind.OPERATIVE,
                    verbs.stream().map(Verbs.Occurrence::surface).toList(), text, subs));
            DeadlineFinder.Context context = new DeadlineFinder.Context(metadata.adopted(), resolution.body(), calendar,
                    mandateEnd);
            Mandate mandate = analyser.analyse(resolution.lexicon(), operative.number(), text, verbs,
                    labelOffsets(operative), context);
            if (mandate != null) {
                mandates.add(mandate);
                if (mandate.endDate() != null) {
                    mandateEnd = mandate.endDate();
                }
            }
        }
        ExtractionResult.Document summary = new ExtractionResult.Document(metadata.symbol(), resolution.body(),
                metadata.adopted(), language, metadata.status());
        return new ExtractionResult(summary, paragraphs, mandates);
    }

    private static List<MandateAnalyser.LabelAt> labelOffsets(ParsedResolution.Operative operative) {
        List<MandateAnalyser.LabelAt> labels = new ArrayList<>();
        int offset = operative.lead().length();
        for (ParsedResolution.Sub sub : operative.subs()) {
            labels.add(new MandateAnalyser.LabelAt(sub.label(), offset));
            offset += sub.label().length() + 4 + sub.text().length();
        }
        return labels;
    }

    /** A preambular paragraph's verb is its first word ("Reaffirming", "ссылаясь"). */
    private static List<String> firstWord(String text) {
        // read in place: splitting each preambular paragraph cost more than finding its one word
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int stripped = text.length();
        while (stripped > start && Character.isWhitespace(text.charAt(stripped - 1))) {
            stripped--;
        }
        int end = start;
        while (end < stripped && WORD_SEPARATORS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end == start ? List.of() : List.of(text.substring(start, end).toLowerCase());
    }
}
