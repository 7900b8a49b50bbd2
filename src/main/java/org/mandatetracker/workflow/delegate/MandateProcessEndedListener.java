package org.mandatetracker.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.workflow.MandateProcesses;
import org.springframework.stereotype.Component;

/**
 * The models' process-level end listener: when a mandate's whole process ends (not one path of it),
 * the mandate is done, dismissed when triage said so, or superseded when a renewal took it over.
 */
@Component("mandateProcessEndedListener")
public class MandateProcessEndedListener implements ExecutionListener {

    private final MandateService mandates;

    MandateProcessEndedListener(MandateService mandates) {
        this.mandates = mandates;
    }

    @Override
    public void notify(DelegateExecution execution) {
        mandates.finish((Long) execution.getVariable(MandateProcesses.VAR_MANDATE_ID), outcomeOf(execution));
    }

    public static MandateStatus outcomeOf(DelegateExecution execution) {
        if (execution.getVariable(MandateProcesses.VAR_SUPERSEDED_BY) != null) {
            return MandateStatus.SUPERSEDED;
        }
        return Boolean.FALSE.equals(execution.getVariable(MandateProcesses.VAR_ACCEPTED))
                ? MandateStatus.DISMISSED : MandateStatus.DONE;
    }
}
