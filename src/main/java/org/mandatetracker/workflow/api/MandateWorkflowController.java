package org.mandatetracker.workflow.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskHistoryEntry;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One mandate with its workflow, and the assignment of its owner (which moves the workflow on). */
@RestController
@RequestMapping("/api/mandates/{id}")
class MandateWorkflowController {

    private final MandateService mandates;
    private final MandateTaskService tasks;

    MandateWorkflowController(MandateService mandates, MandateTaskService tasks) {
        this.mandates = mandates;
        this.tasks = tasks;
    }

    /** {@code cycles}: the submitted cycles of a report mandate, each with its reporting date and issued symbol. */
    record MandateWithWorkflow(Mandate mandate, List<WorkflowTask> tasks, List<TaskHistoryEntry> history,
                               List<ReportingCycle> cycles) {
    }

    record OwnerAssignment(@NotBlank String entity, @NotBlank String focalPoint) {
    }

    @GetMapping
    MandateWithWorkflow mandate(@PathVariable long id) {
        Mandate mandate = mandates.find(id).orElseThrow(() -> new MandateNotFoundException(id));
        return new MandateWithWorkflow(mandate, tasks.openTasksOf(id), tasks.historyOf(id), mandates.cycles(id));
    }

    @PutMapping("/owner")
    MandateWithWorkflow assignOwner(@PathVariable long id, @Valid @RequestBody OwnerAssignment owner) {
        mandates.assignOwner(id, owner.entity(), owner.focalPoint());
        return mandate(id);
    }

    /** Asks the focal point of an action mandate for a progress report (a "Report progress" task). */
    @PostMapping("/progress-request")
    MandateWithWorkflow requestProgress(@PathVariable long id) {
        tasks.requestProgress(id);
        return mandate(id);
    }
}
