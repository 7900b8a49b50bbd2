package org.mandatetracker.workflow.api;

import java.util.List;
import java.util.Map;
import org.mandatetracker.base.api.ListPage;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskPage;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's workflow tasks: list, claim, unclaim, complete. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final MandateTaskService tasks;

    TaskController(MandateTaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * One page of the caller's tasks, soonest due first, the total in a header; {@code assignee=me} narrows to the
     * tasks assigned to the caller, {@code mandate} to one mandate.
     */
    @GetMapping
    ResponseEntity<List<WorkflowTask>> tasks(@RequestParam(required = false) String assignee,
                                             @RequestParam(name = "mandate", required = false) Long mandateId,
                                             @RequestParam(name = ListPage.PAGE, defaultValue = "0") int page,
                                             @RequestParam(name = ListPage.SIZE, defaultValue = ListPage.DEFAULT_SIZE) int size) {
        if (assignee != null && !"me".equals(assignee)) {
            throw new IllegalArgumentException("assignee takes only 'me'");
        }
        ListPage rows = new ListPage(page, size);
        TaskPage found = tasks.visibleTasks(assignee != null, mandateId, rows.offset(), rows.size());
        return ListPage.answer(found.tasks(), found.total());
    }

    @PostMapping("/{id}/claim")
    WorkflowTask claim(@PathVariable String id) {
        return tasks.claim(id);
    }

    @PostMapping("/{id}/unclaim")
    WorkflowTask unclaim(@PathVariable String id) {
        return tasks.unclaim(id);
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> variables) {
        tasks.complete(id, variables == null ? Map.of() : variables);
        return ResponseEntity.noContent().build();
    }
}
