package org.mandatetracker.workflow;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the workflow under {@code mandate-tracker.workflow}.
 *
 * @param reportLeadTime how long before the reporting date the draft report is due: reports go to
 *                       document processing weeks before the meeting (six weeks by default)
 * @param reviewLeadTime how long before the reporting date the review and clearance is due; shorter
 *                       than {@code reportLeadTime}, so that the review falls between draft and
 *                       reporting date (three weeks by default)
 * @param maxCycles      the most reporting cycles one process runs: a recurring report stops after
 *                       these even when the mandate names no end date (12 by default)
 * @param zone           the time zone in which dates are moved by days, months and years; the one the
 *                       application uses to turn calendar dates into {@code Date}s (the system's by
 *                       default)
 */
@Validated
@ConfigurationProperties("mandate-tracker.workflow")
public record WorkflowProperties(
        @NotNull @DefaultValue("P42D") Period reportLeadTime,
        @NotNull @DefaultValue("P21D") Period reviewLeadTime,
        @Positive @DefaultValue("12") int maxCycles,
        ZoneId zone) {

    public WorkflowProperties {
        zone = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
    }

    /** Compared on a fixed day, because periods of months and days have no order of their own. */
    @AssertTrue(message = "review-lead-time must be at least zero and shorter than report-lead-time")
    boolean isReviewBetweenDraftAndReportingDate() {
        if (reportLeadTime == null || reviewLeadTime == null) {
            return true;
        }
        LocalDate reportingDate = LocalDate.of(2000, 1, 1);
        LocalDate reviewDue = reportingDate.minus(reviewLeadTime);
        return !reviewDue.isAfter(reportingDate) && reportingDate.minus(reportLeadTime).isBefore(reviewDue);
    }
}
