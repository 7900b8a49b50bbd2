package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mandatetracker.workflow.MandateProcesses.REPORT;
import static org.mandatetracker.workflow.MandateProcesses.TASK_PREPARE_REPORT;
import static org.mandatetracker.workflow.MandateProcesses.TASK_REVIEW_REPORT;
import static org.mandatetracker.workflow.MandateProcesses.TASK_SUBMIT_REPORT;
import static org.mandatetracker.workflow.MandateProcesses.TASK_TRIAGE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_APPROVED;
import static org.mandatetracker.workflow.MandateProcesses.VAR_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DOCUMENT_SYMBOL;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_END_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_RECURRENCE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_REVIEW_COMMENT;
import static org.mandatetracker.workflow.ProcessTests.FOCAL_POINT;
import static org.mandatetracker.workflow.ProcessTests.MANDATE_ID;
import static org.mandatetracker.workflow.ProcessTests.LEAD_ENTITY;
import static org.mandatetracker.workflow.ProcessTests.acceptMandate;
import static org.mandatetracker.workflow.ProcessTests.at;
import static org.mandatetracker.workflow.ProcessTests.continueAt;
import static org.mandatetracker.workflow.ProcessTests.date;
import static org.mandatetracker.workflow.ProcessTests.remindAndEscalate;
import static org.mandatetracker.workflow.ProcessTests.timer;
import static org.mandatetracker.workflow.ProcessTests.dismissMandate;
import static org.mandatetracker.workflow.ProcessTests.dueDay;
import static org.mandatetracker.workflow.ProcessTests.fireWhenDue;
import static org.mandatetracker.workflow.ProcessTests.mandate;
import static org.mandatetracker.workflow.ProcessTests.start;
import static org.mandatetracker.workflow.ProcessTests.ZONE;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.workflow.delegate.PlanReportingCycleDelegate;
import org.mandatetracker.workflow.delegate.ScheduleNextCycleDelegate;
import org.mockito.InOrder;

/** Every path of {@code report-mandate.bpmn}, reminders and escalations included; drafts are due six weeks, reviews three weeks before the reporting date. */
@Deployment(resources = "bpmn/report-mandate.bpmn")
@ExtendWith(RecordProcessEnds.class)
class ReportMandateProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTests.engineRequiringFullCoverage();
    private static final Instant NOW = Instant.parse("2021-06-30T15:00:00Z");

    /** The register the delegate tells of each submitted cycle; verified, not run. */
    private MandateService register;

    @BeforeEach
    void assertOnTheTestEngineWithRealDelegates() {
        init(ENGINE.getProcessEngine());
        ReportingSchedule schedule = new ReportingSchedule(ProcessTests.WORKFLOW);
        Mocks.register("planReportingCycleDelegate", new PlanReportingCycleDelegate(schedule));
        register = mock(MandateService.class);
        Mocks.register("scheduleNextCycleDelegate", new ScheduleNextCycleDelegate(schedule, register, Clock.fixed(NOW, ZONE)));
    }

    @Test
    void aDismissedMandateEndsAfterTriage() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));

        dismissMandate(report);

        assertThat(report).hasPassed("EndEvent_MandateDismissed").hasNotPassed(TASK_PREPARE_REPORT).isEnded();
        assertThat(ProcessTests.OUTCOMES).containsExactly(MandateStatus.DISMISSED);
    }

    @Test
    void aRenewalThatTakesTheReportOverEndsThisProcessAsSupersededWhileItIsBeingPrepared() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));
        acceptMandate(report);
        assertThat(report).isWaitingAt(TASK_PREPARE_REPORT);

        ProcessTests.supersedeAndAssertEnded(report);
    }

    @Test
    void aRenewalOfAReportInReviewStartsAtTheReviewDueOnItsOwnDateAndRunsOn() {
        ProcessInstance report = continueAt(REPORT, MandateKind.REPORT, mandate(date("2021-09-30")), TASK_REVIEW_REPORT);

        assertThat(timer(report, "BoundaryEvent_ReviewReportReminderDue")).as("its reminders armed").isNotNull();
        assertThat(timer(report, "BoundaryEvent_ReviewReportOverdue")).isNotNull();
        reviewReport(report, "2021-09-09", true);
        submitReport(report, "2021-09-30", "S/2021/123");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").hasNotPassed(TASK_TRIAGE, TASK_PREPARE_REPORT).isEnded();
        inOrder(register).verify(register).recordSubmittedCycle(eq(MANDATE_ID), eq(cycle(1, "2021-09-30", "S/2021/123")),
                isNull());
    }

    @Test
    void aRenewalOfAReportInReviewThatSendsItBackHasItPreparedOnTheRenewalsDeadline() {
        ProcessInstance report = continueAt(REPORT, MandateKind.REPORT, mandate(date("2021-09-30")), TASK_REVIEW_REPORT);

        reviewReport(report, "2021-09-09", false);

        prepareReport(report, "2021-08-19");
        assertThat(report).isWaitingAt(TASK_REVIEW_REPORT);
    }

    @Test
    void aRenewalOfAClearedReportStartsAtItsSubmissionDueOnTheRenewalsReportingDate() {
        ProcessInstance report = continueAt(REPORT, MandateKind.REPORT, mandate(date("2021-09-30")), TASK_SUBMIT_REPORT);

        submitReport(report, "2021-09-30", "S/2021/123");

        assertThat(report).hasNotPassed(TASK_REVIEW_REPORT).hasPassed("EndEvent_ReportSubmitted").isEnded();
    }

    @Test
    void aReportThatARenewalLeftOutHasItsManagersAskedAndIsStillPrepared() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));
        acceptMandate(report);

        ProcessTests.leaveOutAndAssertManagersAsked(report, TASK_PREPARE_REPORT);

        completeCycle(report, "2021-08-19", "2021-09-09", "2021-09-30", "S/2021/123");
        assertThat(report).isEnded();
    }

    @Test
    void anAcceptedReportIsPreparedClearedAndSubmittedByItsReportingDate() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));

        acceptMandate(report);

        completeCycle(report, "2021-08-19", "2021-09-09", "2021-09-30", "S/2021/123");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
        assertThat(ProcessTests.OUTCOMES).containsExactly(MandateStatus.DONE);
        assertThat(historicValue(report, VAR_DOCUMENT_SYMBOL)).isEqualTo("S/2021/123");
    }

    @Test
    void aReportSentBackIsPreparedAgainWithTheReviewersComment() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));
        acceptMandate(report);
        prepareReport(report, "2021-08-19");

        reviewReport(report, "2021-09-09", false);

        assertThat(report).isWaitingAt(TASK_PREPARE_REPORT).variables().containsEntry(VAR_REVIEW_COMMENT, "Please add the figures.");
        completeCycle(report, "2021-08-19", "2021-09-09", "2021-09-30", "S/2021/123");
        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
    }

    @Test
    void aRecurringReportStartsItsNextCycleUntilTheMandateEnds() {
        ProcessInstance report = start(REPORT, mandate(date("2021-06-30"))
                .putValue(VAR_RECURRENCE, "P6M").putValue(VAR_MANDATE_END_DATE, date("2021-12-30")));
        acceptMandate(report);
        completeCycle(report, "2021-05-19", "2021-06-09", "2021-06-30", "S/2021/456");

        assertThat(report).variables().containsEntry(VAR_CYCLE, 2);
        completeCycle(report, "2021-11-18", "2021-12-09", "2021-12-30", "S/2021/789");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
        assertThat(historicValue(report, VAR_CYCLE)).isEqualTo(2);
        InOrder history = inOrder(register);
        history.verify(register).recordSubmittedCycle(MANDATE_ID, cycle(1, "2021-06-30", "S/2021/456"), LocalDate.parse("2021-12-30"));
        history.verify(register).recordSubmittedCycle(eq(MANDATE_ID), eq(cycle(2, "2021-12-30", "S/2021/789")), isNull());
    }

    @Test
    void aRecurringReportWhoseNextDateFallsAfterTheMandateEndsStopsAfterOneCycle() {
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30"))
                .putValue(VAR_RECURRENCE, "P1Y").putValue(VAR_MANDATE_END_DATE, date("2022-09-29")));
        acceptMandate(report);

        completeCycle(report, "2021-08-19", "2021-09-09", "2021-09-30", "S/2021/123");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
        assertThat(historicValue(report, VAR_CYCLE)).isEqualTo(1);
    }

    @Test
    void aReportWithoutReportingDateHasTasksWithoutDueDatesAndNoNextCycle() {
        ProcessInstance report = start(REPORT, mandate(null).putValue(VAR_RECURRENCE, "P90D"));
        acceptMandate(report);

        completeCycle(report, null, null, null, "S/2021/123");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
        inOrder(register).verify(register).recordSubmittedCycle(eq(MANDATE_ID),
                eq(new ReportingCycle(1, null, "S/2021/123", NOW)), isNull());
    }

    private static ReportingCycle cycle(int number, String dueDay, String documentSymbol) {
        return new ReportingCycle(number, LocalDate.parse(dueDay), documentSymbol, NOW);
    }

    @Test
    void eachTaskIsRemindedAndEscalatedUntilItIsDone() {
        ClockUtil.setCurrentTime(at("2021-06-01T09:00"));
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));
        assertThat(report).isWaitingAt(TASK_TRIAGE);
        assertThat(dueDay(task())).as("triage").isEqualTo("2021-06-15");
        assertThat(timer(report, "BoundaryEvent_TriageReminderDue").getDuedate())
                .as("two weeks left: not at once, nor of the 30 days, but a week before").isEqualTo(at("2021-06-08T00:00"));
        remindAndEscalate(report, "Triage");
        acceptMandate(report);
        ClockUtil.setCurrentTime(at("2021-06-01T09:00"));

        assertThat(timer(report, "BoundaryEvent_PrepareReportReminderDue").getDuedate())
                .as("30 days before the draft is due").isEqualTo(at("2021-07-20T00:00"));
        assertThat(timer(report, "BoundaryEvent_PrepareReportOverdue").getDuedate())
                .as("the day after the draft was due").isEqualTo(at("2021-08-20T00:00"));
        remindAndEscalate(report, "PrepareReport");
        prepareReport(report, "2021-08-19");
        assertThat(timer(report, "BoundaryEvent_PrepareReportReminderDue")).as("done: no more reminders").isNull();

        remindAndEscalate(report, "ReviewReport");
        reviewReport(report, "2021-09-09", true);
        remindAndEscalate(report, "SubmitReport");
        submitReport(report, "2021-09-30", "S/2021/123");

        assertThat(report).hasPassed("EndEvent_ReportSubmitted").isEnded();
        assertThat(ProcessTests.MESSAGES).containsExactly(
                "ServiceTask_SendTriageReminder", "ServiceTask_EscalateTriage",
                "ServiceTask_SendPrepareReportReminder", "ServiceTask_EscalatePrepareReport",
                "ServiceTask_SendReviewReportReminder", "ServiceTask_EscalateReviewReport",
                "ServiceTask_SendSubmitReportReminder", "ServiceTask_EscalateSubmitReport");
        assertThat(ProcessTests.OUTCOMES).containsExactly(MandateStatus.DONE);
    }

    @Test
    void aManagerWhoClaimsTheReviewAfterALeadTimeIsRemindedAtOnce() {
        ClockUtil.setCurrentTime(at("2021-09-05T11:00"));
        ProcessInstance report = start(REPORT, mandate(date("2021-09-30")));
        acceptMandate(report);
        complete(task());
        assertThat(report).isWaitingAt(TASK_REVIEW_REPORT);
        ClockUtil.setCurrentTime(at("2021-09-06T14:00"));

        claim(task(), "manager");

        assertThat(timer(report, "BoundaryEvent_ReviewReportReminderDue").getDuedate()).isEqualTo(at("2021-09-06T14:00"));
    }

    @Test
    void aTaskWithoutDueDateIsCheckedADayLaterAndOnceMoreThenNeverAgain() {
        ClockUtil.setCurrentTime(at("2021-06-01T09:00"));
        ProcessInstance report = start(REPORT, mandate(null));
        acceptMandate(report);
        assertThat(timer(report, "BoundaryEvent_PrepareReportReminderDue").getDuedate()).isEqualTo(at("2021-06-02T09:00"));

        fireWhenDue(timer(report, "BoundaryEvent_PrepareReportReminderDue"));
        fireWhenDue(timer(report, "BoundaryEvent_PrepareReportReminderDue"));

        assertThat(timer(report, "BoundaryEvent_PrepareReportReminderDue")).isNull();
    }

    private static void completeCycle(ProcessInstance report, String prepareBy, String reviewBy, String submitBy, String documentSymbol) {
        prepareReport(report, prepareBy);
        reviewReport(report, reviewBy, true);
        submitReport(report, submitBy, documentSymbol);
    }

    private static void prepareReport(ProcessInstance report, String dueDay) {
        assertThat(report).isWaitingAt(TASK_PREPARE_REPORT);
        assertThat(task()).hasName("Prepare report")
                .isAssignedTo(FOCAL_POINT).hasCandidateGroupAssociated(LEAD_ENTITY + "_STAFF");
        assertThat(dueDay(task())).isEqualTo(dueDay);
        complete(task());
    }

    private static void reviewReport(ProcessInstance report, String dueDay, boolean approved) {
        assertThat(report).isWaitingAt(TASK_REVIEW_REPORT);
        assertThat(task()).hasName("Review and clear report")
                .isNotAssigned().hasCandidateGroup(LEAD_ENTITY + "_MANAGER");
        assertThat(dueDay(task())).isEqualTo(dueDay);
        complete(task(), approved
                ? withVariables(VAR_APPROVED, true)
                : withVariables(VAR_APPROVED, false, VAR_REVIEW_COMMENT, "Please add the figures."));
    }

    private static void submitReport(ProcessInstance report, String dueDay, String documentSymbol) {
        assertThat(report).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(task()).hasName("Submit report")
                .isAssignedTo(FOCAL_POINT).hasCandidateGroupAssociated(LEAD_ENTITY + "_STAFF");
        assertThat(dueDay(task())).isEqualTo(dueDay);
        complete(task(), withVariables(VAR_DOCUMENT_SYMBOL, documentSymbol));
    }

    private static Object historicValue(ProcessInstance processInstance, String variable) {
        return historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstance.getId()).variableName(variable).singleResult().getValue();
    }
}
