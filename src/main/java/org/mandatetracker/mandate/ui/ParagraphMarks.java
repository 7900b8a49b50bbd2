package org.mandatetracker.mandate.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.base.Translatable;
import org.mandatetracker.entity.EntityMention;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * The words of a paragraph that a mandate rests on, marked: its verb, its addressees and its deadline
 * phrase, and the deliverable around them. The result is plain text in pieces, which the views put into
 * elements as text, so nothing of the document ever becomes markup.
 */
final class ParagraphMarks {

    /** Its label names the CSS class ({@code mark-verb}); its words, the tooltip, are the reader's. */
    enum Mark implements Translatable {
        VERB("verb"), ADDRESSEE("addressee"), DEADLINE("deadline");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A piece of the paragraph, with its mark or none, and whether it is part of what is asked for. */
    record Segment(String text, Mark mark, boolean deliverable) {
    }

    private record Range(int start, int end, Mark mark) {
    }

    private ParagraphMarks() {
    }

    /**
     * The words extraction read, where it read them: exact even when the same words stand twice. A span
     * outside the text (a text shortened since) is left unmarked.
     */
    static List<Segment> segments(String text, ExtractionResult.Evidence evidence) {
        List<Range> ranges = new ArrayList<>();
        span(text, evidence.verb(), Mark.VERB, ranges);
        evidence.addressees().forEach(addressee -> span(text, addressee, Mark.ADDRESSEE, ranges));
        span(text, evidence.deadline(), Mark.DEADLINE, ranges);
        ExtractionResult.Span deliverable = evidence.deliverable();
        boolean deliverableFits = deliverable != null && deliverable.end() <= text.length();
        return cut(text, ranges, deliverableFits ? deliverable.start() : 0, deliverableFits ? deliverable.end() : 0);
    }

    /**
     * The words found by searching the text, for paragraphs read before extraction kept its evidence and
     * for a paragraph of several mandates.
     *
     * @param verbs      the paragraph's verbs in its own language ("requests", "prie"); the first place of each is marked
     * @param addressees where the text names the mandate's addressees
     * @param deadlines  the words that set the deadlines of the paragraph's mandates
     */
    static List<Segment> segments(String text, List<String> verbs, List<EntityMention> addressees,
                                  List<String> deadlines) {
        List<Range> ranges = new ArrayList<>();
        verbs.forEach(verb -> find(text, verb, Mark.VERB, ranges));
        addressees.forEach(mention -> ranges.add(new Range(mention.start(), mention.end(), Mark.ADDRESSEE)));
        deadlines.forEach(deadline -> find(text, deadline, Mark.DEADLINE, ranges));
        return cut(text, ranges, 0, 0);
    }

    /** Cuts the text at every mark's edges (a mark overlapping one already placed is dropped) and the deliverable's. */
    private static List<Segment> cut(String text, List<Range> ranges, int deliverableStart, int deliverableEnd) {
        ranges.sort(Comparator.comparingInt(Range::start).thenComparing(range -> -range.end()));
        List<Range> placed = new ArrayList<>();
        int at = 0;
        for (Range range : ranges) {
            if (range.start() >= at) {
                placed.add(range);
                at = range.end();
            }
        }
        List<Integer> edges = new ArrayList<>(List.of(0, text.length(), deliverableStart, deliverableEnd));
        placed.forEach(range -> {
            edges.add(range.start());
            edges.add(range.end());
        });
        List<Integer> cuts = edges.stream().distinct().sorted().toList();
        List<Segment> segments = new ArrayList<>();
        for (int index = 0; index + 1 < cuts.size(); index++) {
            int start = cuts.get(index);
            int end = cuts.get(index + 1);
            Mark mark = placed.stream().filter(range -> range.start() <= start && end <= range.end())
                    .map(Range::mark).findFirst().orElse(null);
            segments.add(new Segment(text.substring(start, end), mark,
                    deliverableStart <= start && end <= deliverableEnd && deliverableStart < deliverableEnd));
        }
        return segments;
    }

    private static void span(String text, ExtractionResult.Span span, Mark mark, List<Range> ranges) {
        if (span != null && span.end() <= text.length() && span.start() < span.end()) {
            ranges.add(new Range(span.start(), span.end(), mark));
        }
    }

    private static void find(String text, String words, Mark mark, List<Range> ranges) {
        if (words == null || words.isBlank()) {
            return;
        }
        Matcher found = Pattern.compile(Pattern.quote(words.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        if (found.find()) {
            ranges.add(new Range(found.start(), found.end(), mark));
        }
    }
}
