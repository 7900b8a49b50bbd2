package org.mandatetracker.workflow.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskHistoryEntry;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    record MandateWithWorkflow(Mandate mandate, List<WorkflowTask> tasks, List<TaskHistoryEntry> history) {
    }

    record OwnerAssignment(@NotBlank String entity, @NotBlank String focalPoint) {
    }

    @GetMapping
    MandateWithWorkflow mandate(@PathVariable long id) {
        Mandate mandate = mandates.find(id).orElseThrow(() -> new MandateNotFoundException(id));
        return new MandateWithWorkflow(mandate, tasks.openTasksOf(id), tasks.historyOf(id));
    }

    @PutMapping("/owner")
    MandateWithWorkflow assignOwner(@PathVariable long id, @Valid @RequestBody OwnerAssignment owner) {
        mandates.assignOwner(id, owner.entity(), owner.focalPoint());
        return mandate(id);
    }

    @ExceptionHandler(MandateNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(MandateNotFoundException exception) {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, exception.getMessage());
    }
}
