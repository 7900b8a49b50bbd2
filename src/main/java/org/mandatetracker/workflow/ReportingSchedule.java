package org.mandatetracker.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The calendar of a report mandate: when the draft and the review of a cycle are due, and when the
 * next cycle falls. Dates are {@code java.util.Date}s because the process variables are; the
 * arithmetic is done on calendar days in the configured zone.
 */
@Component
public class ReportingSchedule {

    /** The number of the first reporting cycle. */
    public static final int FIRST_CYCLE = 1;

    private final WorkflowProperties properties;

    public ReportingSchedule(WorkflowProperties properties) {
        this.properties = properties;
    }

    /** The deadlines of one cycle; both {@code null} when the reporting date is not known. */
    public record Deadlines(Date prepareBy, Date reviewBy) {
    }

    /** A reporting cycle: its number and reporting date. */
    public record Cycle(int number, Date dueDate) {
    }

    /** The draft is due the report lead time, the review the review lead time before the reporting date. */
    public Deadlines deadlines(Date dueDate) {
        if (dueDate == null) {
            return new Deadlines(null, null);
        }
        ZonedDateTime due = inZone(dueDate);
        return new Deadlines(toDate(due.minus(properties.reportLeadTime())), toDate(due.minus(properties.reviewLeadTime())));
    }

    /**
     * The cycle after {@code current}: one recurrence later, as long as that reporting date is on or
     * before the mandate's end date and the cycle limit is not reached. Without a recurrence or a
     * reporting date there is none; without an end date only the cycle limit stops it.
     *
     * @throws IllegalArgumentException when the recurrence is not a positive ISO-8601 period
     */
    public Optional<Cycle> next(Cycle current, String recurrence, Date mandateEndDate) {
        if (recurrence == null || current.dueDate() == null || current.number() >= properties.maxCycles()) {
            return Optional.empty();
        }
        ZonedDateTime nextDue = inZone(current.dueDate()).plus(parseRecurrence(recurrence));
        if (mandateEndDate != null && nextDue.toLocalDate().isAfter(inZone(mandateEndDate).toLocalDate())) {
            return Optional.empty();
        }
        return Optional.of(new Cycle(current.number() + 1, toDate(nextDue)));
    }

    /**
     * Reads a recurrence such as {@code P90D}, {@code P6M} or {@code P1Y}; the application may call
     * it before starting a process, so that a bad value is refused at once.
     *
     * @throws IllegalArgumentException when it is not a positive ISO-8601 period
     */
    public static Period parseRecurrence(String recurrence) {
        Period period;
        try {
            period = Period.parse(recurrence);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("recurrence is not an ISO-8601 period: " + recurrence, e);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("recurrence must be positive: " + recurrence);
        }
        return period;
    }

    /** The calendar day of a process date in the configured zone, or {@code null}. */
    public LocalDate day(Date date) {
        return date == null ? null : inZone(date).toLocalDate();
    }

    private ZonedDateTime inZone(Date date) {
        return date.toInstant().atZone(properties.zone());
    }

    private static Date toDate(ZonedDateTime dateTime) {
        return Date.from(dateTime.toInstant());
    }
}
