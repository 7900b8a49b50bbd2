package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.workflow.delegate.PlanReportingCycleDelegate;
import org.mandatetracker.workflow.delegate.ScheduleNextCycleDelegate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The settings as Spring binds and validates them, and the beans the models call. */
class WorkflowPropertiesTest {

    private static final String REVIEW_BEFORE_DRAFT = "review-lead-time must be at least zero and shorter than report-lead-time";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ReportingSchedule.class, PlanReportingCycleDelegate.class, ScheduleNextCycleDelegate.class)
            .withBean(EnableProperties.class)
            // what the delegates call beyond the schedule: the register (not exercised here) and the clock
            .withBean(MandateService.class, () -> mock(MandateService.class))
            .withBean(Clock.class, Clock::systemDefaultZone);

    @EnableConfigurationProperties(WorkflowProperties.class)
    static class EnableProperties {
    }

    @Test
    void defaultsToSixAndThreeWeeksTwelveCyclesAndTheSystemZone() {
        context.run(started -> assertThat(started.getBean(WorkflowProperties.class))
                .isEqualTo(new WorkflowProperties(Period.ofWeeks(6), Period.ofWeeks(3), 12, Period.ofWeeks(6), null, ZoneId.systemDefault(), Period.ofDays(14), Period.ofDays(14))));
    }

    @Test
    void readsPeriodsInIsoOrSimpleFormAndAZone() {
        context.withPropertyValues(
                        "mandate-tracker.workflow.report-lead-time=8w",
                        "mandate-tracker.workflow.review-lead-time=P30D",
                        "mandate-tracker.workflow.max-cycles=5",
                        "mandate-tracker.workflow.zone=America/New_York")
                .run(started -> assertThat(started.getBean(WorkflowProperties.class))
                        .isEqualTo(new WorkflowProperties(Period.ofDays(56), Period.ofDays(30), 5, Period.ofWeeks(6), null, ZoneId.of("America/New_York"), Period.ofDays(14), Period.ofDays(14))));
    }

    @Test
    void agendaGroupsOverrideTheDefaultsPerBody() {
        context.withPropertyValues("mandate-tracker.workflow.agenda-groups.SECURITY_COUNCIL=SCAD_STAFF")
                .run(started -> {
                    WorkflowProperties properties = started.getBean(WorkflowProperties.class);
                    assertThat(properties.agendaGroup(Body.SECURITY_COUNCIL)).isEqualTo("SCAD_STAFF");
                    assertThat(properties.agendaGroup(Body.GENERAL_ASSEMBLY)).isEqualTo("DGACM_STAFF");
                    assertThat(properties.agendaGroup(Body.HUMAN_RIGHTS_COUNCIL)).isEqualTo("OHCHR_STAFF");
                });
    }

    @Test
    void theModelsFindTheirDelegatesByTheseBeanNames() {
        context.run(started -> assertThat(started)
                .hasBean("planReportingCycleDelegate")
                .hasBean("scheduleNextCycleDelegate"));
    }

    @Test
    void aReviewDueBeforeTheDraftIsRefused() {
        assertRefused("mandate-tracker.workflow.review-lead-time=P60D", REVIEW_BEFORE_DRAFT);
    }

    @Test
    void aReviewDueAfterTheReportingDateIsRefused() {
        assertRefused("mandate-tracker.workflow.review-lead-time=-P1D", REVIEW_BEFORE_DRAFT);
    }

    @Test
    void atLeastOneCycleIsRequired() {
        assertRefused("mandate-tracker.workflow.max-cycles=0", "maxCycles");
    }

    private void assertRefused(String setting, String reason) {
        context.withPropertyValues(setting).run(started -> assertThat(started).hasFailed()
                .getFailure().rootCause().hasMessageContaining(reason));
    }
}
