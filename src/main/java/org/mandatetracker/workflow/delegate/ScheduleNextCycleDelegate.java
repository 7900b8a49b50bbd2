package org.mandatetracker.workflow.delegate;

import static org.mandatetracker.workflow.MandateProcesses.VAR_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_HAS_NEXT_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_MANDATE_END_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_RECURRENCE;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mandatetracker.workflow.ReportingSchedule;
import org.mandatetracker.workflow.ReportingSchedule.Cycle;
import org.springframework.stereotype.Component;

/** "Schedule next cycle": moves the reporting date and cycle on, or says that no cycle follows. */
@Component
public class ScheduleNextCycleDelegate implements JavaDelegate {

    private final ReportingSchedule schedule;

    public ScheduleNextCycleDelegate(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cycle current = new Cycle((Integer) execution.getVariable(VAR_CYCLE), (Date) execution.getVariable(VAR_DUE_DATE));
        Optional<Cycle> next = schedule.next(current,
                (String) execution.getVariable(VAR_RECURRENCE), (Date) execution.getVariable(VAR_MANDATE_END_DATE));
        execution.setVariable(VAR_HAS_NEXT_CYCLE, next.isPresent());
        next.ifPresent(cycle -> {
            execution.setVariable(VAR_CYCLE, cycle.number());
            execution.setVariable(VAR_DUE_DATE, cycle.dueDate());
        });
    }
}
