package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mandatetracker.workflow.MandateProcesses.AGENDA;
import static org.mandatetracker.workflow.MandateProcesses.TASK_INCLUDE_AGENDA_ITEM;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mandatetracker.workflow.ProcessTests.at;
import static org.mandatetracker.workflow.ProcessTests.date;
import static org.mandatetracker.workflow.ProcessTests.remindAndEscalate;
import static org.mandatetracker.workflow.ProcessTests.timer;
import static org.mandatetracker.workflow.ProcessTests.dueDay;
import static org.mandatetracker.workflow.ProcessTests.mandate;
import static org.mandatetracker.workflow.ProcessTests.start;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.mandatetracker.mandate.MandateStatus;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The path of {@code agenda-mandate.bpmn}, with its reminders and escalations. */
@Deployment(resources = "bpmn/agenda-mandate.bpmn")
@ExtendWith(RecordProcessEnds.class)
class AgendaMandateProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTests.engineRequiringFullCoverage();

    @BeforeEach
    void assertOnTheTestEngine() {
        init(ENGINE.getProcessEngine());
    }

    @Test
    void theSecretariatIncludesTheItemInTheProvisionalAgendaBeforeTheSessionOpens() {
        ProcessInstance agendaItem = start(AGENDA, mandate(date("2025-08-15")));

        assertThat(agendaItem).isWaitingAt(TASK_INCLUDE_AGENDA_ITEM);
        assertThat(task()).hasName("Include item in provisional agenda").hasCandidateGroup("DGACM_STAFF").isNotAssigned();
        assertThat(dueDay(task())).isEqualTo("2025-08-15");
        complete(task());

        assertThat(agendaItem).hasPassed("EndEvent_AgendaItemIncluded").isEnded();
        assertThat(ProcessTests.OUTCOMES).containsExactly(MandateStatus.DONE);
    }

    @Test
    void anItemThatARenewalLeftOutHasItsManagersAskedAndStaysToBeIncluded() {
        ProcessInstance agendaItem = start(AGENDA, mandate(date("2025-08-15")));

        ProcessTests.leaveOutAndAssertManagersAsked(agendaItem, TASK_INCLUDE_AGENDA_ITEM);
    }

    @Test
    void aRenewalThatTakesTheItemOverEndsThisProcessAsSuperseded() {
        ProcessInstance agendaItem = start(AGENDA, mandate(date("2025-08-15")));
        assertThat(agendaItem).isWaitingAt(TASK_INCLUDE_AGENDA_ITEM);

        ProcessTests.supersedeAndAssertEnded(agendaItem);
    }

    @Test
    void theSecretariatIsRemindedFromThirtyDaysAheadAndItsManagersWarnedOnceOverdueUntilTheItemIsIncluded() {
        ClockUtil.setCurrentTime(at("2025-07-01T10:00"));
        ProcessInstance agendaItem = start(AGENDA, mandate(date("2025-08-15")));

        assertThat(timer(agendaItem, "BoundaryEvent_IncludeAgendaItemReminderDue").getDuedate()).isEqualTo(at("2025-07-16T00:00"));
        assertThat(timer(agendaItem, "BoundaryEvent_IncludeAgendaItemOverdue").getDuedate()).isEqualTo(at("2025-08-16T00:00"));
        remindAndEscalate(agendaItem, "IncludeAgendaItem");
        assertThat(ProcessTests.MESSAGES).containsExactly("ServiceTask_SendIncludeAgendaItemReminder",
                "ServiceTask_EscalateIncludeAgendaItem");
        assertThat(timer(agendaItem, "BoundaryEvent_IncludeAgendaItemOverdue").getDuedate())
                .as("weekly after the first day overdue").isEqualTo(at("2025-08-23T00:00"));

        complete(task());
        assertThat(agendaItem).isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(agendaItem.getId()).count())
                .as("completing the task stops its timers").isZero();
    }
}
