package org.mandatetracker.workflow;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.mandatetracker.extraction.Body;
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
 * @param agendaLeadTime how long before a session opens the item must be on its provisional agenda
 *                       (six weeks by default: the provisional agenda is issued well before the opening)
 * @param agendaGroups   which secretariat group includes items in a body's provisional agenda, by body
 *                       code; merged over the defaults (General Assembly → DGACM, Security Council →
 *                       DPPA, ECOSOC → DESA, Human Rights Council → OHCHR, staff of each)
 * @param zone           the time zone in which dates are moved by days, months and years; the one the
 *                       application uses to turn calendar dates into {@code Date}s (the system's by
 *                       default)
 * @param triageTime     how long after a mandate is registered its triage is due (two weeks by default)
 * @param followUpTime   how long after they open "Report progress" and "Confirm closure" are due (two
 *                       weeks by default)
 */
@Validated
@ConfigurationProperties("mandate-tracker.workflow")
public record WorkflowProperties(
        @NotNull @DefaultValue("P42D") Period reportLeadTime,
        @NotNull @DefaultValue("P21D") Period reviewLeadTime,
        @Positive @DefaultValue("12") int maxCycles,
        @NotNull @DefaultValue("P42D") Period agendaLeadTime,
        Map<Body, String> agendaGroups,
        ZoneId zone,
        @NotNull @DefaultValue("P14D") Period triageTime,
        @NotNull @DefaultValue("P14D") Period followUpTime) {

    private static final Map<Body, String> DEFAULT_AGENDA_GROUPS = Map.of(
            Body.GENERAL_ASSEMBLY, "DGACM_STAFF",
            Body.SECURITY_COUNCIL, "DPPA_STAFF",
            Body.ECONOMIC_AND_SOCIAL_COUNCIL, "DESA_STAFF",
            Body.HUMAN_RIGHTS_COUNCIL, "OHCHR_STAFF");

    public WorkflowProperties {
        zone = Objects.requireNonNullElse(zone, ZoneId.systemDefault());
        Map<Body, String> groups = new HashMap<>(DEFAULT_AGENDA_GROUPS);
        if (agendaGroups != null) {
            groups.putAll(agendaGroups);
        }
        agendaGroups = Map.copyOf(groups);
    }

    /** The group that puts an item on the provisional agenda of the given body's sessions. */
    public String agendaGroup(Body body) {
        return agendaGroups.getOrDefault(body, DEFAULT_AGENDA_GROUPS.get(Body.GENERAL_ASSEMBLY));
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
