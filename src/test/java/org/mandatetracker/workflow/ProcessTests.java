package org.mandatetracker.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mandatetracker.workflow.MandateProcesses.TASK_TRIAGE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_ACCEPTED;
import static org.mandatetracker.workflow.MandateProcesses.VAR_AGENDA_GROUP;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_FOCAL_POINT;
import static org.mandatetracker.workflow.MandateProcesses.VAR_LEAD_ENTITY;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_END_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_ID;
import static org.mandatetracker.workflow.MandateProcesses.VAR_RECURRENCE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_TITLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_TRIAGE_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_TRIAGE_GROUP;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.reminder.ReminderProperties;
import org.mandatetracker.reminder.ReminderSchedule;
import org.mandatetracker.reminder.delegate.RemindNewAssigneeListener;
import org.mandatetracker.workflow.delegate.FollowUpDueDate;
import org.mandatetracker.workflow.delegate.MandateProcessEndedListener;

/** What the process tests share: the engine, a mandate as the application starts it, and the triage. */
final class ProcessTests {

    /** Dates are calendar days at UN Headquarters, where daylight saving time tests the arithmetic. */
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final long MANDATE_ID = 42L;
    static final String LEAD_ENTITY = "DPO";
    static final String FOCAL_POINT = "staff";
    /** When the tests' triage is due, whatever the mandate. */
    static final Date TRIAGE_DUE_DATE = Date.from(LocalDate.parse("2021-06-15").atStartOfDay(ZONE).toInstant());

    /** How the mandates' processes ended, in order, as the models' end listener saw them. */
    static final List<MandateStatus> OUTCOMES = new CopyOnWriteArrayList<>();
    /** The service tasks that sent a reminder or an escalation, in order. */
    static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

    /** The workflow settings of the tests: drafts due six weeks, reviews three weeks before the reporting date. */
    static final WorkflowProperties WORKFLOW =
            new WorkflowProperties(Period.ofWeeks(6), Period.ofWeeks(3), 12, Period.ofWeeks(6), null, ZONE, Period.ofDays(14), Period.ofDays(14));
    /** The engine's clock, which tests move with {@link ClockUtil}. */
    static final Clock ENGINE_CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };
    static final ReminderSchedule REMINDER_SCHEDULE = new ReminderSchedule(
            new ReminderProperties(List.of(Period.ofDays(30), Period.ofDays(7), Period.ofDays(1)), "test@localhost", 7),
            WORKFLOW, ENGINE_CLOCK);

    private ProcessTests() {
    }

    /** Stands in for the Spring bean the models call at the end of a process, recording the outcome it would store. */
    static void recordProcessEnds() {
        OUTCOMES.clear();
        Mocks.register("mandateProcessEndedListener",
                (ExecutionListener) execution -> OUTCOMES.add(MandateProcessEndedListener.outcomeOf(execution)));
    }

    /**
     * The real reminder schedule and assignment listener on the engine's clock; the senders stand in,
     * recording which service task called them.
     */
    static void recordReminders() {
        MESSAGES.clear();
        Mocks.register("reminderSchedule", REMINDER_SCHEDULE);
        Mocks.register("followUpDueDate", new FollowUpDueDate(WORKFLOW, ENGINE_CLOCK));
        Mocks.register("remindNewAssigneeListener",
                new RemindNewAssigneeListener(managementService(), REMINDER_SCHEDULE));
        JavaDelegate recorder = execution -> MESSAGES.add(execution.getCurrentActivityId());
        Mocks.register("sendReminderDelegate", recorder);
        Mocks.register("sendEscalationDelegate", recorder);
    }

    /** The moment, in the tests' zone, e.g. {@code at("2021-06-01T09:00")}. */
    static Date at(String isoLocalDateTime) {
        return Date.from(LocalDateTime.parse(isoLocalDateTime).atZone(ZONE).toInstant());
    }

    /**
     * Runs a timer job as the job executor would: a moment after it is due (Camunda computes the next
     * date of a cycle from now, so a timer fired early would come again at the same date).
     */
    static void fireWhenDue(Job timer) {
        assertThat(timer).as("a timer").isNotNull();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        execute(timer);
    }

    /** The timer of a boundary event of the process, e.g. {@code BoundaryEvent_PrepareReportReminderDue}. */
    static Job timer(ProcessInstance process, String boundaryEventId) {
        return managementService().createJobQuery().processInstanceId(process.getId()).activityId(boundaryEventId)
                .timers().singleResult();
    }

    /**
     * Fires the reminder and the overdue timer of an open user task by hand, each a second after it is
     * due, and runs the asynchronous service tasks they lead to, e.g.
     * {@code remindAndEscalate(report, "PrepareReport")}.
     */
    static void remindAndEscalate(ProcessInstance process, String task) {
        for (String path : List.of("ReminderDue", "Overdue")) {
            fireWhenDue(timer(process, "BoundaryEvent_" + task + path));
        }
        for (String serviceTask : List.of("ServiceTask_Send" + task + "Reminder", "ServiceTask_Escalate" + task)) {
            execute(managementService().createJobQuery().processInstanceId(process.getId()).activityId(serviceTask)
                    .singleResult());
        }
        assertThat(process).hasPassed("EndEvent_" + task + "Reminded", "EndEvent_" + task + "Escalated");
    }

    /**
     * The engine of {@code camunda.cfg.xml}, failing the test class unless its tests together pass every
     * flow node and sequence flow; each class deploys one model, so this gates every model. The reports
     * land in {@code target/process-test-coverage/}.
     */
    static ProcessEngineCoverageExtension engineRequiringFullCoverage() {
        return ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();
    }

    /** Midnight at the start of the given day, e.g. {@code date("2021-09-30")}. */
    static Date date(String isoDay) {
        return Date.from(LocalDate.parse(isoDay).atStartOfDay(ZONE).toInstant());
    }

    /** The day a task is due, e.g. {@code "2021-09-30"}, or {@code null}. */
    static String dueDay(Task task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(ZONE).toLocalDate().toString();
    }

    /** The start variables of a mandate addressed to DPO and due on {@code dueDate}, neither recurring nor ending. */
    static VariableMap mandate(Date dueDate) {
        return Variables.createVariables()
                .putValue(VAR_MANDATE_ID, MANDATE_ID)
                .putValue(VAR_TITLE, "a report on the implementation of the present resolution")
                .putValue(VAR_TRIAGE_GROUP, LEAD_ENTITY + "_MANAGER")
                .putValue(VAR_TRIAGE_DUE_DATE, TRIAGE_DUE_DATE)
                .putValue(VAR_DUE_DATE, dueDate)
                .putValue(VAR_RECURRENCE, null)
                .putValue(VAR_MANDATE_END_DATE, null)
                .putValue(VAR_AGENDA_GROUP, "DGACM_STAFF");
    }

    /** Starts the process as the application does: the mandate id is the business key. */
    static ProcessInstance start(String processKey, VariableMap variables) {
        return runtimeService().startProcessInstanceByKey(processKey, String.valueOf(MANDATE_ID), variables);
    }

    /**
     * Starts the process as the application starts a renewal's: before the given user tasks, where the
     * process it continues stands, with DPO leading, {@code staff} as focal point and (for a report) the
     * first cycle's deadlines, as {@link ContinuedSteps} gives them.
     */
    static ProcessInstance continueAt(String processKey, MandateKind kind, VariableMap variables, String... steps) {
        ProcessInstantiationBuilder start = runtimeService().createProcessInstanceByKey(processKey)
                .businessKey(String.valueOf(MANDATE_ID)).setVariables(variables)
                .setVariables(ContinuedSteps.variables(kind, (Date) variables.get(VAR_DUE_DATE), LEAD_ENTITY, FOCAL_POINT,
                        new ReportingSchedule(WORKFLOW)));
        for (String step : steps) {
            start.startBeforeActivity(step);
        }
        return start.execute();
    }

    /** A manager of the addressed entity takes the mandate on, with DPO leading and {@code staff} as focal point. */
    static void acceptMandate(ProcessInstance mandate) {
        completeTriage(mandate, withVariables(VAR_ACCEPTED, true, VAR_LEAD_ENTITY, LEAD_ENTITY, VAR_FOCAL_POINT, FOCAL_POINT));
    }

    /**
     * A renewal was accepted: the application ends the process as the renewal's listener does, and the
     * process has ended at "Superseded", every task and timer with it, its outcome superseded.
     */
    static void supersedeAndAssertEnded(ProcessInstance mandate) {
        runtimeService().createMessageCorrelation(MandateProcesses.MESSAGE_SUPERSEDED).processInstanceId(mandate.getId())
                .setVariable(MandateProcesses.VAR_SUPERSEDED_BY, "S/RES/2729 (2024)").correlate();

        assertThat(mandate).hasPassed("EndEvent_Superseded").isEnded();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(mandate.getId()).count()).isZero();
        Assertions.assertThat(OUTCOMES).containsExactly(MandateStatus.SUPERSEDED);
    }

    /**
     * A renewal left the mandate out: the model's event sub-process asks the managers once, through its
     * asynchronous service task (run here by hand), and the process stays where it was.
     */
    static void leaveOutAndAssertManagersAsked(ProcessInstance mandate, String waitingAt) {
        List<Long> asked = new CopyOnWriteArrayList<>();
        Mocks.register("sendLeftOutNoticeDelegate",
                (JavaDelegate) execution -> asked.add((Long) execution.getVariable(VAR_MANDATE_ID)));
        runtimeService().createMessageCorrelation(MandateProcesses.MESSAGE_LEFT_OUT).processInstanceId(mandate.getId())
                .correlate();
        Assertions.assertThat(asked).as("asked only once the job runs").isEmpty();

        execute(managementService().createJobQuery().processInstanceId(mandate.getId())
                .activityId("ServiceTask_AskManagersToCloseOrKeep").singleResult());

        Assertions.assertThat(asked).containsExactly(MANDATE_ID);
        assertThat(mandate).hasPassed("EndEvent_ManagersAsked").isWaitingAt(waitingAt);
    }

    /** A manager of the addressed entity dismisses the mandate. */
    static void dismissMandate(ProcessInstance mandate) {
        completeTriage(mandate, withVariables(VAR_ACCEPTED, false));
    }

    private static void completeTriage(ProcessInstance mandate, Map<String, Object> decision) {
        assertThat(mandate).isWaitingAt(TASK_TRIAGE);
        assertThat(task()).hasName("Triage mandate")
                .hasCandidateGroup(LEAD_ENTITY + "_MANAGER").isNotAssigned();
        complete(task(), decision);
    }
}
