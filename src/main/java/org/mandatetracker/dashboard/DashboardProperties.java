package org.mandatetracker.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the dashboard under {@code mandate-tracker.dashboard}.
 *
 * @param dueWithinDays the "due within" figures, in days from today (30, 60 and 90 by default)
 * @param monthsBack    months before the current one in the deadlines chart (3)
 * @param monthsAhead   months after the current one in the deadlines chart (11: a year from this month)
 * @param listLength    how many mandates the overdue list and the triage queue show before "show all" (10)
 * @param chartScript   where the browser loads Chart.js from: the WebJar, served under {@code /webjars/}
 */
@Validated
@ConfigurationProperties("mandate-tracker.dashboard")
public record DashboardProperties(
        @NotEmpty @DefaultValue({"30", "60", "90"}) List<@Positive Integer> dueWithinDays,
        @PositiveOrZero @DefaultValue("3") int monthsBack,
        @PositiveOrZero @DefaultValue("11") int monthsAhead,
        @Positive @DefaultValue("10") int listLength,
        @NotBlank String chartScript) {
}
