package org.mandatetracker.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The months of the deadlines chart: a few before the current one, the current one, and those ahead. */
record DeadlineMonths(YearMonth first, YearMonth last) {

    static DeadlineMonths around(LocalDate today, int monthsBack, int monthsAhead) {
        YearMonth current = YearMonth.from(today);
        return new DeadlineMonths(current.minusMonths(monthsBack), current.plusMonths(monthsAhead));
    }

    List<YearMonth> months() {
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1)).toList();
    }

    LocalDate firstDay() {
        return first.atDay(1);
    }

    LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    /** The counts of every month in order, zeros where the database found no deadline. */
    List<long[]> fill(Map<YearMonth, long[]> counted, int figures) {
        return months().stream().map(month -> counted.getOrDefault(month, new long[figures])).toList();
    }
}
