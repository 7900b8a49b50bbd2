package org.mandatetracker.workflow.api;

import java.util.Map;
import org.mandatetracker.base.api.ApiExceptionHandler;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.workflow.TaskConflictException;
import org.mandatetracker.workflow.TaskNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The workflow API's own refusals as JSON: a task done or held already (409), nothing by that id (404). */
@RestControllerAdvice(assignableTypes = {TaskController.class, MandateWorkflowController.class})
class WorkflowApiErrors {

    @ExceptionHandler(TaskConflictException.class)
    ResponseEntity<Map<String, String>> conflict(TaskConflictException exception) {
        return ApiExceptionHandler.error(HttpStatus.CONFLICT, exception.getMessage());
    }

    @ExceptionHandler({TaskNotFoundException.class, MandateNotFoundException.class})
    ResponseEntity<Map<String, String>> notFound(RuntimeException exception) {
        return ApiExceptionHandler.error(HttpStatus.NOT_FOUND, exception.getMessage());
    }
}
