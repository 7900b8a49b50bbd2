package org.mandatetracker.workflow.delegate;

import static org.mandatetracker.workflow.MandateProcesses.VAR_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DOCUMENT_SYMBOL;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_HAS_NEXT_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_END_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_ID;
import static org.mandatetracker.workflow.MandateProcesses.VAR_RECURRENCE;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.workflow.ReportingSchedule;
import org.mandatetracker.workflow.ReportingSchedule.Cycle;
import org.springframework.stereotype.Component;

/**
 * "Schedule next cycle": records the submitted cycle in the mandate's history, then moves the
 * reporting date and cycle on (and the mandate's due date with them), or says that no cycle follows.
 */
@Component
public class ScheduleNextCycleDelegate implements JavaDelegate {

    private final ReportingSchedule schedule;
    private final MandateService mandates;
    private final Clock clock;

    public ScheduleNextCycleDelegate(ReportingSchedule schedule, MandateService mandates, Clock clock) {
        this.schedule = schedule;
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cycle current = new Cycle((Integer) execution.getVariable(VAR_CYCLE), (Date) execution.getVariable(VAR_DUE_DATE));
        Optional<Cycle> next = schedule.next(current,
                (String) execution.getVariable(VAR_RECURRENCE), (Date) execution.getVariable(VAR_MANDATE_END_DATE));
        ReportingCycle submitted = new ReportingCycle(current.number(), schedule.day(current.dueDate()),
                (String) execution.getVariable(VAR_DOCUMENT_SYMBOL), clock.instant());
        mandates.recordSubmittedCycle((Long) execution.getVariable(VAR_MANDATE_ID), submitted,
                next.map(cycle -> schedule.day(cycle.dueDate())).orElse(null));
        execution.setVariable(VAR_HAS_NEXT_CYCLE, next.isPresent());
        next.ifPresent(cycle -> {
            execution.setVariable(VAR_CYCLE, cycle.number());
            execution.setVariable(VAR_DUE_DATE, cycle.dueDate());
        });
    }
}
