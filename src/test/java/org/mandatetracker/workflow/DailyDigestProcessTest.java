package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mandatetracker.workflow.ProcessTests.fireWhenDue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code daily-digest.bpmn}: on the hour, every hour, one asynchronous run of the digest sender. */
@Deployment(resources = "bpmn/daily-digest.bpmn")
class DailyDigestProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension ENGINE = ProcessTests.engineRequiringFullCoverage();

    private final List<Instant> runs = new ArrayList<>();

    @BeforeEach
    void recordRuns() {
        init(ENGINE.getProcessEngine());
        Mocks.register("sendDailyDigestsDelegate", (JavaDelegate) execution -> runs.add(ClockUtil.now().toInstant()));
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void eachHourStartsOneAsynchronousRunOfTheDigestSender() {
        fireWhenDue(startTimer());
        Instant nextHour = startTimer().getDuedate().toInstant();
        assertThat(nextHour.truncatedTo(ChronoUnit.HOURS)).isEqualTo(nextHour);

        assertThat(runs).as("asynchronous: the timer only starts the run").isEmpty();
        execute(sendJob());
        assertThat(runs).hasSize(1);
        assertThat(historyService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);

        fireWhenDue(startTimer());
        execute(sendJob());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).isEqualTo(runs.get(0).plus(1, ChronoUnit.HOURS));
    }

    private static Job startTimer() {
        return managementService().createJobQuery().activityId("StartEvent_EveryHour").timers().singleResult();
    }

    private static Job sendJob() {
        return managementService().createJobQuery().activityId("ServiceTask_SendDailyDigests").singleResult();
    }
}
