package org.mandatetracker.workflow.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.ReportingCycle;
import org.mandatetracker.workflow.MandateHistoryEntry;
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

    record DueCorrection(@NotNull LocalDate date, @NotBlank @Size(max = MandateService.REASON_MAX_LENGTH) String reason) {
    }

    record KindCorrection(@NotNull MandateKind kind, @NotBlank @Size(max = MandateService.REASON_MAX_LENGTH) String reason) {
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

    /** A manager corrects the due date; the running process's due dates follow. */
    @PutMapping("/due")
    MandateWithWorkflow correctDue(@PathVariable long id, @Valid @RequestBody DueCorrection correction) {
        mandates.correctDue(id, correction.date(), correction.reason());
        return mandate(id);
    }

    /** A manager corrects the kind; the process of the new kind replaces the running one. */
    @PutMapping("/kind")
    MandateWithWorkflow correctKind(@PathVariable long id, @Valid @RequestBody KindCorrection correction) {
        mandates.correctKind(id, correction.kind(), correction.reason());
        return mandate(id);
    }

    /** The mandate's whole history, oldest first: register events, tasks, assignments and comments. */
    @GetMapping("/history")
    List<MandateHistoryEntry> history(@PathVariable long id) {
        return tasks.timelineOf(id);
    }

    /** Asks the focal point of an action mandate for a progress report (a "Report progress" task). */
    @PostMapping("/progress-request")
    MandateWithWorkflow requestProgress(@PathVariable long id) {
        tasks.requestProgress(id);
        return mandate(id);
    }
}
