package org.mandatetracker.mandate.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.entity.EntityMention;

/**
 * The words of a paragraph that a mandate rests on, marked: its verb, its addressees and its deadline
 * phrase. The result is plain text in pieces, which the views put into elements as text, so nothing of
 * the document ever becomes markup.
 */
final class ParagraphMarks {

    enum Mark {
        VERB("verb"), ADDRESSEE("addressee"), DEADLINE("deadline");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A piece of the paragraph, with its mark or none. */
    record Segment(String text, Mark mark) {
    }

    private record Range(int start, int end, Mark mark) {
    }

    private ParagraphMarks() {
    }

    /**
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
        ranges.sort(Comparator.comparingInt(Range::start).thenComparing(range -> -range.end()));

        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Range range : ranges) {
            if (range.start() < at) {
                continue; // overlaps a mark already placed
            }
            if (range.start() > at) {
                segments.add(new Segment(text.substring(at, range.start()), null));
            }
            segments.add(new Segment(text.substring(range.start(), range.end()), range.mark()));
            at = range.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
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
