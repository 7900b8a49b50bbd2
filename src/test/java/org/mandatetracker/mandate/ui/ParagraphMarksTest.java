package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult.Evidence;
import org.mandatetracker.extraction.ExtractionResult.Span;
import org.mandatetracker.mandate.ui.ParagraphMarks.Mark;
import org.mandatetracker.mandate.ui.ParagraphMarks.Segment;

class ParagraphMarksTest {

    private static final EntityCatalog CATALOG = EntityCatalog.builtIn();
    private static final String TEXT = "Requests the Secretary-General to report to the Council by 30 September 2021;";

    @Test
    void theVerbTheAddresseeAndTheDeadlinePhraseAreMarkedAndEverythingElseStaysText() {
        List<Segment> segments = ParagraphMarks.segments(TEXT, List.of("requests"), CATALOG.mentions(TEXT).stream()
                .filter(mention -> mention.code().equals("SECRETARY_GENERAL")).toList(), List.of("by 30 September 2021"));

        assertThat(segments).containsExactly(
                new Segment("Requests", Mark.VERB, false),
                new Segment(" the ", null, false),
                new Segment("Secretary-General", Mark.ADDRESSEE, false),
                new Segment(" to report to the Council ", null, false),
                new Segment("by 30 September 2021", Mark.DEADLINE, false),
                new Segment(";", null, false));
    }

    @Test
    void markupInTheDocumentIsOnlyText() {
        String text = "Requests <script>alert(1)</script> by 2021";

        List<Segment> segments = ParagraphMarks.segments(text, List.of("requests"), List.of(), List.of());

        assertThat(segments).extracting(Segment::text).containsExactly("Requests", " <script>alert(1)</script> by 2021");
    }

    @Test
    void overlappingMarksKeepTheFirstAndWordsNotInTheTextAreIgnored() {
        List<Segment> segments = ParagraphMarks.segments("Decides to remain seized", List.of("decides", "absent"),
                List.of(), List.of("Decides to"));

        assertThat(segments).containsExactly(new Segment("Decides to", Mark.DEADLINE, false), new Segment(" remain seized", null, false));
    }

    @Test
    void evidenceMarksTheVeryWordsExtractionReadEvenWhereTheyStandTwice() {
        String text = "Requests the Secretary-General to inform the Council, and requests the Secretary-General to report to"
                + " it by 30 September 2021 on progress;";
        int second = text.lastIndexOf("Secretary-General");
        int report = text.indexOf("report to");
        Evidence evidence = new Evidence(new Span(text.indexOf("requests"), text.indexOf("requests") + 8),
                List.of(new Span(second, second + 17)), new Span(text.indexOf("by 30"), text.indexOf("by 30") + 20),
                new Span(report, text.length() - 1));

        List<Segment> segments = ParagraphMarks.segments(text, evidence);

        assertThat(segments).containsExactly(
                new Segment("Requests the Secretary-General to inform the Council, and ", null, false),
                new Segment("requests", Mark.VERB, false),
                new Segment(" the ", null, false),
                new Segment("Secretary-General", Mark.ADDRESSEE, false),
                new Segment(" to ", null, false),
                new Segment("report to it ", null, true),
                new Segment("by 30 September 2021", Mark.DEADLINE, true),
                new Segment(" on progress", null, true),
                new Segment(";", null, false));
    }

    @Test
    void aSpanBeyondTheTextIsLeftUnmarked() {
        Evidence evidence = new Evidence(new Span(0, 8), List.of(new Span(40, 57)), null, new Span(9, 200));

        List<Segment> segments = ParagraphMarks.segments("Requests a report", evidence);

        assertThat(segments).containsExactly(new Segment("Requests", Mark.VERB, false), new Segment(" a report", null, false));
    }
}
