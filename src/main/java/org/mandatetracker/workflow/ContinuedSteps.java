package org.mandatetracker.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.mandatetracker.extraction.MandateKind;

/**
 * The variables a process needs when it starts past triage, before the user tasks where the process it
 * continues stands (a renewal's): what triage would have decided, and for a report what "Plan reporting
 * cycle" would have computed for its first cycle, from the same {@link ReportingSchedule}.
 */
final class ContinuedSteps {

    private ContinuedSteps() {
    }

    static Map<String, Object> variables(MandateKind kind, Date dueDate, String leadEntity, String focalPoint,
                                         ReportingSchedule schedule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MandateProcesses.VAR_ACCEPTED, true);
        variables.put(MandateProcesses.VAR_LEAD_ENTITY, leadEntity);
        variables.put(MandateProcesses.VAR_FOCAL_POINT, focalPoint);
        if (kind == MandateKind.REPORT) {
            variables.putAll(cycleDeadlines(dueDate, schedule));
            variables.put(MandateProcesses.VAR_CYCLE, ReportingSchedule.FIRST_CYCLE);
        }
        return variables;
    }

    /** When a report cycle's draft and review are due, as the variables the report model's tasks read. */
    static Map<String, Object> cycleDeadlines(Date dueDate, ReportingSchedule schedule) {
        ReportingSchedule.Deadlines deadlines = schedule.deadlines(dueDate);
        Map<String, Object> variables = new HashMap<>();
        variables.put(MandateProcesses.VAR_PREPARE_DUE_DATE, deadlines.prepareBy());
        variables.put(MandateProcesses.VAR_REVIEW_DUE_DATE, deadlines.reviewBy());
        return variables;
    }
}
