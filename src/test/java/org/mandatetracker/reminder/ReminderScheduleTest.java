package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.workflow.WorkflowProperties;

/**
 * When a task created now is first checked for reminders, with the default lead times 30, 7 and 1 days, and
 * first escalated: at the longest lead time shorter than the time the task has, on the first day overdue, never
 * at once.
 */
class ReminderScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String NOW = "2021-06-01T09:00";
    private static final ReminderSchedule SCHEDULE = new ReminderSchedule(
            new ReminderProperties(List.of(Period.ofDays(30), Period.ofDays(7), Period.ofDays(1)), "test@localhost", 7),
            new WorkflowProperties(Period.ofWeeks(6), Period.ofWeeks(3), 12, Period.ofWeeks(6), null, ZONE,
                    Period.ofDays(14), Period.ofDays(14)),
            Clock.fixed(at(NOW).toInstant(), ZONE));

    @Test
    void aTaskDueInTwoMonthsIsFirstCheckedThirtyDaysAhead() {
        assertThat(SCHEDULE.reminderCycle(at("2021-08-01T00:00"))).isEqualTo("R/2021-07-02T04:00:00Z/P1D");
    }

    @Test
    void aTriageDueInTwoWeeksIsFirstCheckedAWeekAheadNotOfTheThirtyDaysItNeverHad() {
        assertThat(SCHEDULE.reminderCycle(at("2021-06-15T00:00"))).isEqualTo("R/2021-06-08T04:00:00Z/P1D");
    }

    @Test
    void aTaskDueInFourDaysIsFirstCheckedTheDayBefore() {
        assertThat(SCHEDULE.reminderCycle(at("2021-06-05T00:00"))).isEqualTo("R/2021-06-04T04:00:00Z/P1D");
    }

    @Test
    void aTaskWithLessThanTheShortestLeadTimeOrOverdueIsFirstCheckedADayAfterItsCreation() {
        assertThat(SCHEDULE.reminderCycle(at("2021-06-01T18:00"))).isEqualTo("R/2021-06-02T13:00:00Z/P1D");
        assertThat(SCHEDULE.reminderCycle(at("2021-05-01T00:00"))).isEqualTo("R/2021-06-02T13:00:00Z/P1D");
    }

    @Test
    void aTaskWithoutDueDateIsCheckedADayLaterAndOnceMore() {
        assertThat(SCHEDULE.reminderCycle(null)).isEqualTo("R1/2021-06-02T13:00:00Z/P1D");
    }

    @Test
    void aTaskEscalatesOnTheFirstDayOverdueAndOneCreatedOverdueADayAfterItsCreation() {
        assertThat(SCHEDULE.escalationCycle(at("2021-06-15T00:00"), "P7D")).isEqualTo("R/2021-06-16T04:00:00Z/P7D");
        assertThat(SCHEDULE.escalationCycle(at("2021-05-01T00:00"), "P7D")).isEqualTo("R/2021-06-02T13:00:00Z/P7D");
    }

    private static Date at(String isoLocalDateTime) {
        return Date.from(LocalDateTime.parse(isoLocalDateTime).atZone(ZONE).toInstant());
    }
}
