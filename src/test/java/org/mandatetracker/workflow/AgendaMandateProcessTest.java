package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mandatetracker.workflow.MandateProcesses.AGENDA;
import static org.mandatetracker.workflow.MandateProcesses.TASK_INCLUDE_AGENDA_ITEM;
import static org.mandatetracker.workflow.ProcessTests.date;
import static org.mandatetracker.workflow.ProcessTests.dueDay;
import static org.mandatetracker.workflow.ProcessTests.mandate;
import static org.mandatetracker.workflow.ProcessTests.start;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.mandatetracker.mandate.MandateStatus;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one path of {@code agenda-mandate.bpmn}. */
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
}
