package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.EnglishTranslations;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateStatus;

/** The mandate in words: the deadline phrase marked in its paragraph, due and recurrence as people say them. */
class MandateSummaryTest {

    @BeforeEach
    void readTheBundlesInEnglish() {
        EnglishTranslations.install();
    }

    @AfterEach
    void leaveNoService() {
        EnglishTranslations.remove();
    }

    private static final String TEXT = "Requests the Secretary-General to report to the Council in September 2021 on progress;";

    @Test
    void theDeadlinePhraseIsMarkedInTheParagraph() {
        Paragraph paragraph = MandateSummary.operativeParagraph(mandate(due("In September 2021", false)));

        List<Element> parts = paragraph.getElement().getChildren().toList();
        assertThat(parts).hasSize(3);
        assertThat(parts.get(1).getTag()).isEqualTo("mark");
        assertThat(parts.get(1).getText()).as("as the paragraph writes it").isEqualTo("in September 2021");
        assertThat(paragraph.getElement().getTextRecursively()).isEqualTo(TEXT);
    }

    @Test
    void aParagraphWithoutTheDeadlinePhraseIsShownUnmarked() {
        assertThat(MandateSummary.operativeParagraph(mandate(due("by its next session", false))).getElement()
                .getChildren().toList()).allMatch(Element::isTextNode);
        assertThat(MandateSummary.operativeParagraph(mandate(null)).getText()).isEqualTo(TEXT);
    }

    @Test
    void theDueDateIsInWordsWithItsPhraseApproximateWhenEstimatedAndNeverNull() {
        assertThat(MandateSummary.dueInWords(mandate(null))).isEqualTo("no deadline given");
        assertThat(MandateSummary.dueInWords(mandate(due(null, false)))).isEqualTo("30 Sept 2021");
        assertThat(MandateSummary.dueInWords(mandate(due("in September 2021", true))))
                .isEqualTo("≈ 30 Sept 2021 · “in September 2021”");
    }

    @Test
    void aRecurrenceIsSaidInWords() {
        assertThat(MandateSummary.recurrenceInWords("P90D")).isEqualTo("every 90 days");
        assertThat(MandateSummary.recurrenceInWords("P1Y")).isEqualTo("every year");
        assertThat(MandateSummary.recurrenceInWords("P1Y6M")).isEqualTo("every 18 months");
        assertThat(MandateSummary.recurrenceInWords("P2M10D")).isEqualTo("every 2 months and 10 days");
        assertThat(MandateSummary.recurrenceInWords("whenever")).isEqualTo("whenever");
    }

    private static Mandate.Due due(String text, boolean estimated) {
        return new Mandate.Due(LocalDate.of(2021, 9, 30), DuePrecision.MONTH, null, text, estimated);
    }

    private static Mandate mandate(Mandate.Due due) {
        return new Mandate(1, 2, "S/RES/1 (2020)", Body.SECURITY_COUNCIL, "25", List.of(), "requests", Strength.REQUEST, MandateKind.REPORT,
                List.of("SECRETARY_GENERAL"), "SECURITY_COUNCIL", due, null, null, "a report", List.of(), TEXT,
                MandateStatus.OPEN, null, null, null, Instant.EPOCH, null, null, null, null);
    }
}
