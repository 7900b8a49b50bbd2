package org.mandatetracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineMonthsTest {

    private final DeadlineMonths window = DeadlineMonths.around(LocalDate.of(2026, 12, 1), 3, 11);

    @Test
    void theWindowRunsFromThreeMonthsBackToAYearFromThisMonth() {
        assertThat(window.months()).hasSize(15).startsWith(YearMonth.of(2026, 9)).endsWith(YearMonth.of(2027, 11));
        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @Test
    void monthsWithoutDeadlinesCountZeroAndTheOthersKeepTheirCounts() {
        var filled = window.fill(Map.of(YearMonth.of(2027, 1), new long[] {2, 1, 0}), 3);

        assertThat(filled).hasSize(15);
        assertThat(filled.get(4)).containsExactly(2, 1, 0);
        assertThat(filled.get(0)).containsExactly(0, 0, 0);
        assertThat(filled.get(14)).containsExactly(0, 0, 0);
    }

    @Test
    void aWindowAcrossTheYearEndKeepsTheCalendarOrder() {
        DeadlineMonths turn = DeadlineMonths.around(LocalDate.of(2027, 1, 31), 3, 0);

        assertThat(turn.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11),
                YearMonth.of(2026, 12), YearMonth.of(2027, 1));
    }
}
