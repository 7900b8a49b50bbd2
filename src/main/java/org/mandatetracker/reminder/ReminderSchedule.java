package org.mandatetracker.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.mandatetracker.workflow.WorkflowProperties;
import org.springframework.stereotype.Component;

/**
 * When the models' reminder and escalation timers fire. The user tasks' timer boundary events call it
 * as {@code ${reminderSchedule.reminderCycle(dueDate)}} and
 * {@code ${reminderSchedule.escalationCycle(dueDate, 'P7D')}}; the answers are ISO-8601 repeating
 * intervals: {@code Rn/start/interval} fires at the start and n times after it, and Camunda skips a
 * start that is not after now.
 *
 * <p>Reminders are checked once a day until the task is done rather than once per lead time, so that a
 * new assignee can be reminded at any time and the send log decides which lead time is due. The checks
 * start at the longest lead time shorter than the time the task has: a lead time as long as the whole
 * task makes no sense, and a reminder the moment a task is created only repeats that it exists (a
 * triage due in two weeks is first reminded a week before, not of the 30 days it never had). A task
 * created with less than the shortest lead time, or overdue, is first checked a day after it was
 * created, and one created overdue is escalated then too. A task without a due date is checked a day
 * later and once more, and nothing is sent or escalated.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

    /** How often reminders are checked, from the first lead time until the task is done. */
    static final Period CHECK_INTERVAL = Period.ofDays(1);
    /** A moment after now, so that Camunda, which skips a start equal to now, still fires a start less than a second away. */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    private final ReminderProperties properties;
    private final WorkflowProperties workflow;
    private final Clock clock;

    public ReminderSchedule(ReminderProperties properties, WorkflowProperties workflow, Clock clock) {
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Daily checks, for a task created now, from the longest lead time before {@code dueDate} that is still
     * ahead (or a day from now, if none is) until the task is done.
     */
    public String reminderCycle(Date dueDate) {
        if (dueDate == null) {
            return cycleFrom(null, CHECK_INTERVAL);
        }
        ZonedDateTime due = inZone(dueDate);
        Instant firstCheck = properties.leadTimes().stream().map(leadTime -> due.minus(leadTime).toInstant())
                .filter(now()::isBefore).findFirst().orElse(fromNow(CHECK_INTERVAL));
        return cycleFrom(firstCheck, CHECK_INTERVAL);
    }

    /**
     * For a task created now, from the first day overdue (the end of the due day), every {@code interval} until the
     * task is done; a task created overdue is escalated a day after it opened, not the moment nobody has had it yet.
     */
    public String escalationCycle(Date dueDate, String interval) {
        if (dueDate == null) {
            return cycleFrom(null, Period.parse(interval));
        }
        Instant overdue = overdueFrom(dueDate);
        return cycleFrom(now().isBefore(overdue) ? overdue : fromNow(CHECK_INTERVAL), Period.parse(interval));
    }

    /**
     * The nearest lead time already reached: the shortest one once the due date has passed, so that a
     * task that starts overdue still reminds its people once.
     */
    public Optional<Period> leadTimeReached(Date dueDate) {
        if (dueDate == null) {
            return Optional.empty();
        }
        ZonedDateTime due = inZone(dueDate);
        List<Period> longestFirst = properties.leadTimes();
        for (int i = longestFirst.size() - 1; i >= 0; i--) {
            if (!now().isBefore(due.minus(longestFirst.get(i)).toInstant())) {
                return Optional.of(longestFirst.get(i));
            }
        }
        return Optional.empty();
    }

    /** Which week of being overdue it is (1 from the first day overdue), if the task is overdue. */
    public Optional<Integer> overdueWeek(Date dueDate) {
        if (dueDate == null || now().isBefore(overdueFrom(dueDate))) {
            return Optional.empty();
        }
        return Optional.of((int) (ChronoUnit.DAYS.between(overdueFrom(dueDate), now()) / 7) + 1);
    }

    private Instant overdueFrom(Date dueDate) {
        // due dates are the start of the due day: it is overdue once that day has ended
        return inZone(dueDate).plusDays(1).toInstant();
    }

    private ZonedDateTime inZone(Date date) {
        return date.toInstant().atZone(workflow.zone());
    }

    private Instant now() {
        return clock.instant();
    }

    /** Every {@code interval} from {@code start} (or now, if later); without a start, one interval from now and once more. */
    private String cycleFrom(Instant start, Period interval) {
        if (start == null) {
            return "R1/" + seconds(fromNow(interval)) + "/" + interval;
        }
        Instant soonest = now().plus(AT_ONCE);
        return "R/" + seconds(start.isAfter(soonest) ? start : soonest) + "/" + interval;
    }

    private Instant fromNow(Period period) {
        return now().atZone(workflow.zone()).plus(period).toInstant();
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
