package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mandatetracker.workflow.ProcessTests.ZONE;
import static org.mandatetracker.workflow.ProcessTests.date;

import java.time.Period;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandatetracker.workflow.ReportingSchedule.Cycle;
import org.mandatetracker.workflow.ReportingSchedule.Deadlines;

class ReportingScheduleTest {

    private static final int MAX_CYCLES = 4;

    private final ReportingSchedule schedule =
            new ReportingSchedule(new WorkflowProperties(Period.ofDays(42), Period.ofDays(21), MAX_CYCLES, Period.ofWeeks(6), null, ZONE, Period.ofDays(14), Period.ofDays(14)));

    @ParameterizedTest(name = "reporting date {0}: draft due {1}, review due {2}")
    @CsvSource({
            "2021-09-30, 2021-08-19, 2021-09-09",
            // across the end of daylight saving time: still midnight, not 23:00 the day before
            "2021-11-15, 2021-10-04, 2021-10-25",
            "2022-03-01, 2022-01-18, 2022-02-08",
    })
    void draftAndReviewAreDueTheirLeadTimesBeforeTheReportingDate(String reportingDate, String prepareBy, String reviewBy) {
        assertThat(schedule.deadlines(date(reportingDate))).isEqualTo(new Deadlines(date(prepareBy), date(reviewBy)));
    }

    @Test
    void withoutReportingDateNothingIsDue() {
        assertThat(schedule.deadlines(null)).isEqualTo(new Deadlines(null, null));
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource({
            "P90D, 2021-09-30, 2021-12-29",
            "P6M,  2021-09-30, 2022-03-30",
            "P1Y,  2021-09-30, 2022-09-30",
            "P2W,  2021-09-30, 2021-10-14",
    })
    void theNextCycleFallsOneRecurrenceLater(String recurrence, String dueDate, String nextDueDate) {
        assertThat(schedule.next(new Cycle(1, date(dueDate)), recurrence, null))
                .contains(new Cycle(2, date(nextDueDate)));
    }

    @Test
    void theNextCycleMayFallOnTheMandatesEndDate() {
        assertThat(nextAfterFirst("2021-09-30", "P1Y", date("2022-09-30"))).contains(new Cycle(2, date("2022-09-30")));
    }

    @Test
    void noCycleFallsAfterTheMandatesEndDate() {
        assertThat(nextAfterFirst("2021-09-30", "P1Y", date("2022-09-29"))).isEmpty();
    }

    @Test
    void withoutRecurrenceOrReportingDateNoCycleFollows() {
        assertThat(nextAfterFirst("2021-09-30", null, null)).isEmpty();
        assertThat(schedule.next(new Cycle(1, null), "P1Y", null)).isEmpty();
    }

    @Test
    void withoutEndDateTheCycleLimitStopsARecurringReport() {
        assertThat(schedule.next(new Cycle(MAX_CYCLES - 1, date("2021-09-30")), "P1Y", null)).isPresent();
        assertThat(schedule.next(new Cycle(MAX_CYCLES, date("2021-09-30")), "P1Y", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 90 days", "PT24H", "P0D", "-P1Y", ""})
    void aRecurrenceThatIsNotAPositivePeriodIsRefused(String recurrence) {
        assertThatIllegalArgumentException().isThrownBy(() -> nextAfterFirst("2021-09-30", recurrence, null))
                .withMessageContaining("recurrence");
    }

    private Optional<Cycle> nextAfterFirst(String dueDate, String recurrence, Date mandateEndDate) {
        return schedule.next(new Cycle(ReportingSchedule.FIRST_CYCLE, date(dueDate)), recurrence, mandateEndDate);
    }
}
