package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status a mandate shows: stored status and due date, seen on 1 December 2026. */
class MandateStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0} due {1} shows as {2}")
    @CsvSource(nullValues = "none", textBlock = """
            OPEN,      2026-12-01, OPEN
            OPEN,      2027-09-08, OPEN
            OPEN,      2026-11-30, OVERDUE
            OPEN,      none,       NO_DATE
            DONE,      2020-01-01, DONE
            DONE,      none,       DONE
            DISMISSED, none,       DISMISSED
            """)
    void derivesWhatTheRegisterShows(MandateStatus stored, LocalDate due, MandateStatus shown) {
        assertThat(MandateStatus.of(stored, due, TODAY)).isEqualTo(shown);
    }
}
