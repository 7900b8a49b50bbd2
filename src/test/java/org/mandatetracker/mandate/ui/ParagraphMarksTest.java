package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.entity.EntityCatalog;
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
                new Segment("Requests", Mark.VERB),
                new Segment(" the ", null),
                new Segment("Secretary-General", Mark.ADDRESSEE),
                new Segment(" to report to the Council ", null),
                new Segment("by 30 September 2021", Mark.DEADLINE),
                new Segment(";", null));
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

        assertThat(segments).containsExactly(new Segment("Decides to", Mark.DEADLINE), new Segment(" remain seized", null));
    }
}
