package org.mandatetracker.calendar.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.mandatetracker.calendar.Deadline;
import org.springframework.stereotype.Component;

/** Writes deadlines as an iCalendar feed (RFC 5545): one all-day event each, with a reminder the day before. */
@Component
public class DeadlineCalendar {

    private final Clock clock;

    DeadlineCalendar(Clock clock) {
        this.clock = clock;
    }

    public String write(String name, List<Deadline> deadlines) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Mandate Tracker//Deadlines//EN");
        calendar.addName(name);
        // the name most calendar programs show for a subscription
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        Date now = Date.from(clock.instant());
        for (Deadline deadline : deadlines) {
            VEvent event = new VEvent();
            event.setUid(deadline.uid());
            event.setSummary(deadline.summary());
            event.setDescription(deadline.description());
            event.setDateStart(new DateStart(allDay(deadline.day()), false));
            event.setDateEnd(new DateEnd(allDay(deadline.day().plusDays(1)), false));
            event.setUrl(deadline.url());
            event.setSequence(deadline.revision());
            event.setDateTimeStamp(now);
            if (deadline.lastModified() != null) {
                event.setLastModified(Date.from(deadline.lastModified()));
            }
            event.addAlarm(VAlarm.display(new Trigger(Duration.builder().prior(true).days(1).build(), Related.START),
                    deadline.summary()));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** biweekly writes a date-only value in the default time zone, so the day starts there. */
    private static Date allDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
