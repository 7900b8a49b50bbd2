package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mandatetracker.workflow.MandateProcesses.ACTION;
import static org.mandatetracker.workflow.MandateProcesses.TASK_TRIAGE;
import static org.mandatetracker.workflow.MandateProcesses.MESSAGE_PROGRESS_REQUESTED;
import static org.mandatetracker.workflow.MandateProcesses.TASK_CLOSE;
import static org.mandatetracker.workflow.MandateProcesses.TASK_PLAN_AND_IMPLEMENT;
import static org.mandatetracker.workflow.MandateProcesses.TASK_REPORT_PROGRESS;
import static org.mandatetracker.workflow.ProcessTests.FOCAL_POINT;
import static org.mandatetracker.workflow.ProcessTests.LEAD_ENTITY;
import static org.mandatetracker.workflow.ProcessTests.MANDATE_ID;
import static org.mandatetracker.workflow.ProcessTests.acceptMandate;
import static org.mandatetracker.workflow.ProcessTests.at;
import static org.mandatetracker.workflow.ProcessTests.continueAt;
import static org.mandatetracker.workflow.ProcessTests.date;
import static org.mandatetracker.workflow.ProcessTests.remindAndEscalate;
import static org.mandatetracker.workflow.ProcessTests.timer;
import static org.mandatetracker.workflow.ProcessTests.dismissMandate;
import static org.mandatetracker.workflow.ProcessTests.dueDay;
import static org.mandatetracker.workflow.ProcessTests.mandate;
import static org.mandatetracker.workflow.ProcessTests.start;

import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateStatus;

/** Every path of {@code action-mandate.bpmn}, reminders and escalations included. */
@Deployment(resources = "bpmn/action-mandate.bpmn")
@ExtendWith(RecordProcessEnds.class)
class ActionMandateProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTests.engineRequiringFullCoverage();

    @BeforeEach
    void assertOnTheTestEngine() {
        init(ENGINE.getProcessEngine());
    }

    @Test
    void aRenewalAcceptedBeforeTriageEndsThisProcessAsSuperseded() {
        ProcessInstance action = start(ACTION, mandate(date("2022-06-30")));
        assertThat(action).isWaitingAt(TASK_TRIAGE);

        ProcessTests.supersedeAndAssertEnded(action);
    }

    @Test
    void aRenewalOfAnActionAwaitingClosureStartsAtTheClosure() {
        ProcessInstance action = continueAt(ACTION, MandateKind.ACTION, mandate(date("2022-06-30")), TASK_CLOSE);

        assertThat(action).isWaitingAt(TASK_CLOSE);
        assertThat(task()).isNotAssigned().hasCandidateGroup(LEAD_ENTITY + "_MANAGER");
        assertDueTwoWeeksAfterCreation(task());
        complete(task());

        assertThat(action).hasPassed("EndEvent_MandateClosed").hasNotPassed(TASK_TRIAGE, TASK_PLAN_AND_IMPLEMENT).isEnded();
    }

    @Test
    void aRenewalOfAnActionWhoseProgressWasAskedStartsAtBothItsImplementationAndTheProgressReport() {
        ProcessInstance action = continueAt(ACTION, MandateKind.ACTION, mandate(date("2022-06-30")),
                TASK_PLAN_AND_IMPLEMENT, TASK_REPORT_PROGRESS);

        assertThat(action).isWaitingAt(TASK_PLAN_AND_IMPLEMENT, TASK_REPORT_PROGRESS);
        assertThat(task(TASK_REPORT_PROGRESS)).isAssignedTo(FOCAL_POINT);
        assertThat(dueDay(task(TASK_PLAN_AND_IMPLEMENT))).as("due on the renewal's date").isEqualTo("2022-06-30");
        complete(task(TASK_REPORT_PROGRESS));
        implementAndClose(action);

        assertThat(action).hasPassed("EndEvent_ProgressReported", "EndEvent_MandateClosed").isEnded();
    }

    @Test
    void anActionThatARenewalLeftOutBeforeTriageHasItsManagersAskedAndWaitsForTriage() {
        ProcessInstance action = start(ACTION, mandate(date("2022-06-30")));

        ProcessTests.leaveOutAndAssertManagersAsked(action, TASK_TRIAGE);
    }

    @Test
    void aDismissedMandateEndsAfterTriage() {
        ProcessInstance action = start(ACTION, mandate(date("2022-06-30")));

        dismissMandate(action);

        assertThat(action).hasPassed("EndEvent_MandateDismissed").hasNotPassed(TASK_PLAN_AND_IMPLEMENT).isEnded();
        assertThat(ProcessTests.OUTCOMES).containsExactly(MandateStatus.DISMISSED);
    }

    @Test
    void theFocalPointReportsProgressWhenAskedWhileImplementing() {
        ProcessInstance action = start(ACTION, mandate(date("2022-06-30")));
        acceptMandate(action);
        assertPlanAndImplementDue(action, "2022-06-30");

        runtimeService().createMessageCorrelation(MESSAGE_PROGRESS_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(MANDATE_ID)).correlate();

        assertThat(action).isWaitingAt(TASK_PLAN_AND_IMPLEMENT, TASK_REPORT_PROGRESS);
        assertThat(task(TASK_REPORT_PROGRESS)).hasName("Report progress")
                .isAssignedTo(FOCAL_POINT).hasCandidateGroupAssociated(LEAD_ENTITY + "_STAFF");
        assertDueTwoWeeksAfterCreation(task(TASK_REPORT_PROGRESS));
        complete(task(TASK_REPORT_PROGRESS));
        assertThat(action).hasPassed("EndEvent_ProgressReported").isWaitingAt(TASK_PLAN_AND_IMPLEMENT);
        implementAndClose(action);
        assertThat(action).hasPassed("EndEvent_MandateClosed").isEnded();
        assertThat(ProcessTests.OUTCOMES).as("one end for the whole process, none for the progress report")
                .containsExactly(MandateStatus.DONE);
    }

    @Test
    void anActionWithoutProgressRequestIsImplementedAndClosed() {
        ProcessInstance action = start(ACTION, mandate(null));
        acceptMandate(action);
        assertPlanAndImplementDue(action, null);

        implementAndClose(action);

        assertThat(action).hasPassed("EndEvent_MandateClosed").hasNotPassed(TASK_REPORT_PROGRESS).isEnded();
    }

    @Test
    void triageAndTheFocalPointAreRemindedAndEscalatedAndALateStartOnlyOfTheLeadTimeItHas() {
        ClockUtil.setCurrentTime(at("2022-06-25T15:00"));
        ProcessInstance action = start(ACTION, mandate(date("2022-06-30")));
        assertThat(timer(action, "BoundaryEvent_TriageOverdue").getDuedate())
                .as("a triage created overdue: escalated a day after it opened, not at once").isEqualTo(at("2022-06-26T15:00"));
        remindAndEscalate(action, "Triage");
        ClockUtil.setCurrentTime(at("2022-06-25T15:00"));
        acceptMandate(action);

        assertThat(timer(action, "BoundaryEvent_PlanAndImplementReminderDue").getDuedate())
                .as("five days left: not at once, nor of the 30 and 7 days, but a day before").isEqualTo(at("2022-06-29T00:00"));
        remindAndEscalate(action, "PlanAndImplement");

        assertThat(ProcessTests.MESSAGES).containsExactly("ServiceTask_SendTriageReminder", "ServiceTask_EscalateTriage",
                "ServiceTask_SendPlanAndImplementReminder", "ServiceTask_EscalatePlanAndImplement");
        implementAndClose(action);
        assertThat(action).isEnded();
    }

    @Test
    void progressReportsAndClosureAreRemindedAndEscalatedOnTheirOwnDueDates() {
        ClockUtil.setCurrentTime(at("2022-06-01T09:00"));
        ProcessInstance action = start(ACTION, mandate(date("2022-12-31")));
        acceptMandate(action);
        runtimeService().createMessageCorrelation(MESSAGE_PROGRESS_REQUESTED)
                .processInstanceBusinessKey(String.valueOf(MANDATE_ID)).correlate();

        assertThat(timer(action, "BoundaryEvent_ReportProgressOverdue").getDuedate())
                .as("the first day after the progress report's own due date, not the mandate's")
                .isEqualTo(at("2022-06-16T09:00"));
        remindAndEscalate(action, "ReportProgress");
        complete(task(TASK_REPORT_PROGRESS));
        ClockUtil.setCurrentTime(at("2022-07-01T09:00"));
        complete(task(TASK_PLAN_AND_IMPLEMENT));
        assertThat(timer(action, "BoundaryEvent_CloseOverdue").getDuedate()).isEqualTo(at("2022-07-16T09:00"));
        remindAndEscalate(action, "Close");
        complete(task(TASK_CLOSE));

        assertThat(ProcessTests.MESSAGES).containsExactly("ServiceTask_SendReportProgressReminder",
                "ServiceTask_EscalateReportProgress", "ServiceTask_SendCloseReminder", "ServiceTask_EscalateClose");
        assertThat(action).isEnded();
    }

    private static void assertPlanAndImplementDue(ProcessInstance action, String dueDay) {
        assertThat(action).isWaitingAt(TASK_PLAN_AND_IMPLEMENT);
        assertThat(task()).hasName("Plan and implement")
                .isAssignedTo(FOCAL_POINT).hasCandidateGroupAssociated(LEAD_ENTITY + "_STAFF");
        assertThat(dueDay(task())).isEqualTo(dueDay);
    }

    private static void implementAndClose(ProcessInstance action) {
        complete(task(TASK_PLAN_AND_IMPLEMENT));
        assertThat(action).isWaitingAt(TASK_CLOSE);
        assertThat(task()).hasName("Confirm closure")
                .isNotAssigned().hasCandidateGroup(LEAD_ENTITY + "_MANAGER");
        assertDueTwoWeeksAfterCreation(task());
        complete(task());
    }

    /** {@code follow-up-time} (two weeks in the tests) from the task's creation, in calendar days of the engine's zone. */
    private static void assertDueTwoWeeksAfterCreation(Task task) {
        assertThat(task.getDueDate().toInstant())
                .isCloseTo(task.getCreateTime().toInstant().atZone(ProcessTests.ZONE).plusDays(14).toInstant(),
                        within(1, ChronoUnit.SECONDS));
    }
}
