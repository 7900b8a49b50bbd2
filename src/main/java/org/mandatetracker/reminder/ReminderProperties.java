package org.mandatetracker.reminder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of reminders under {@code mandate-tracker.reminders}.
 *
 * @param leadTimes how long before a task's due date its people are reminded, one e-mail per lead time
 *                  (30, 7 and 1 days by default)
 * @param from      the sender of reminder e-mails
 * @param digestHour the hour of the day (0–23), in each person's zone, from which their daily digest goes out
 */
@Validated
@ConfigurationProperties("mandate-tracker.reminders")
public record ReminderProperties(
        @NotEmpty @DefaultValue({"P30D", "P7D", "P1D"}) List<Period> leadTimes,
        @NotBlank @DefaultValue("Mandate Tracker <noreply@localhost>") String from,
        @Min(0) @Max(23) @DefaultValue("7") int digestHour) {

    public ReminderProperties {
        // longest first, compared on days: lead times are given in days or weeks
        leadTimes = leadTimes.stream().sorted(Comparator.comparing(ReminderProperties::days).reversed()).toList();
    }

    /** A lead time in days; months count 30. */
    static long days(Period period) {
        return period.toTotalMonths() * 30 + period.getDays();
    }
}
