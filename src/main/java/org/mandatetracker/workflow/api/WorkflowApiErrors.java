package org.mandatetracker.workflow.api;

import java.util.Map;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.workflow.TaskNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The workflow API's own refusals as JSON: nothing by that id (404); a task done or held already is a {@code ConflictException} (409). */
@RestControllerAdvice(assignableTypes = {TaskController.class, MandateWorkflowController.class})
class WorkflowApiErrors {

    @ExceptionHandler({TaskNotFoundException.class, MandateNotFoundException.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException exception) {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, exception.getMessage());
    }
}
