package org.mandatetracker.workflow.delegate;

import static org.mandatetracker.workflow.MandateProcesses.VAR_CYCLE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_PREPARE_DUE_DATE;
import static org.mandatetracker.workflow.MandateProcesses.VAR_REVIEW_DUE_DATE;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mandatetracker.workflow.ReportingSchedule;
import org.springframework.stereotype.Component;

/** "Plan reporting cycle": sets the draft and review deadlines of the cycle from its reporting date. */
@Component
public class PlanReportingCycleDelegate implements JavaDelegate {

    private final ReportingSchedule schedule;

    public PlanReportingCycleDelegate(ReportingSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingSchedule.Deadlines deadlines = schedule.deadlines((Date) execution.getVariable(VAR_DUE_DATE));
        execution.setVariable(VAR_PREPARE_DUE_DATE, deadlines.prepareBy());
        execution.setVariable(VAR_REVIEW_DUE_DATE, deadlines.reviewBy());
        if (!execution.hasVariable(VAR_CYCLE)) {
            execution.setVariable(VAR_CYCLE, ReportingSchedule.FIRST_CYCLE);
        }
    }
}
