package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateStatus;

/** How the register writes a due date: "≈" before one computed from a body's session rules, and only then. */
class MandatesViewDueTest {

    @ParameterizedTest(name = "{0} {1} {2} estimated={3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2027-09-07 | SESSION | 82 | true  | session 82 (≈ 7 Sept 2027)
            2025-09-09 | SESSION | 80 | false | session 80 (9 Sept 2025)
            -          | SESSION | 12 | false | session 12
            2021-09-30 | MONTH   | -  | false | 30 Sept 2021
            """)
    void estimatedDatesAreMarked(LocalDate date, DuePrecision precision, Integer session, boolean estimated, String shown) {
        Mandate.Due due = new Mandate.Due(date, precision, session, "the words", estimated);

        assertThat(MandatesView.due(mandateDue(due), number -> "session " + number)).isEqualTo(shown);
    }

    private static Mandate mandateDue(Mandate.Due due) {
        return new Mandate(1, 1, "A/RES/81/1", Body.GENERAL_ASSEMBLY, "1", List.of(), "requests", Strength.REQUEST, MandateKind.REPORT,
                List.of("SECRETARY_GENERAL"), "GENERAL_ASSEMBLY", due, null, null, null, List.of(), "text",
                MandateStatus.OPEN, null, null, null, Instant.parse("2026-12-01T09:00:00Z"), null, null, null, null);
    }
}
