package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a task completion may carry: the declared fields, of their types and sizes, and nothing else. */
class TaskFormTest {

    @Test
    void everyUserTaskOfEveryModelHasAForm() throws IOException {
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.toList()) {
                try (InputStream in = Files.newInputStream(model)) {
                    for (UserTask task : Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)) {
                        assertThat(TaskForm.of(task.getId())).as(model + " " + task.getId()).isPresent();
                    }
                }
            }
        }
    }

    @Test
    void aReviewTakesADecisionAndACommentThatTheModelKeepsAsAVariable() {
        TaskForm.Completion completion = TaskForm.REVIEW_REPORT.check("Review",
                Map.of("approved", false, "reviewComment", " Add the figures. "));
        assertThat(completion.variables()).isEqualTo(Map.of("approved", false, "reviewComment", "Add the figures."));
        assertThat(completion.comment()).isEqualTo("Add the figures.");
    }

    @Test
    void sendingAReportBackNeedsAComment() {
        assertThatThrownBy(() -> TaskForm.REVIEW_REPORT.check("Review", Map.of("approved", false, "reviewComment", " ")))
                .isInstanceOfSatisfying(TaskForm.InvalidFieldException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("reviewComment"))
                .hasMessage("To complete 'Review' with approved false, give reviewComment to say why");
        assertThat(TaskForm.REVIEW_REPORT.check("Review", Map.of("approved", true)).variables())
                .as("a cleared report needs no comment").isEqualTo(Map.of("approved", true));
    }

    @Test
    void anyOtherCompletionTakesACommentThatIsNoVariable() {
        TaskForm.Completion completion = TaskForm.SUBMIT_REPORT.check("Submit",
                Map.of("documentSymbol", "S/2021/123", "comment", "Issued late because of translation."));
        assertThat(completion.variables()).isEqualTo(Map.of("documentSymbol", "S/2021/123"));
        assertThat(completion.comment()).isEqualTo("Issued late because of translation.");
        assertThat(TaskForm.PREPARE_REPORT.check("Prepare", Map.of()).comment()).isNull();
    }

    @Test
    void aBlankOptionalFieldCountsAsNotGiven() {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("approved", true);
        submitted.put("reviewComment", null);
        assertThat(TaskForm.REVIEW_REPORT.check("Review", submitted).variables()).isEqualTo(Map.of("approved", true));
        assertThat(TaskForm.REVIEW_REPORT.check("Review", Map.of("approved", true, "reviewComment", "  ")).variables())
                .isEqualTo(Map.of("approved", true));
        assertThat(TaskForm.CLOSE.check("Close", Map.of("comment", "  ")).comment()).isNull();
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PREPARE_REPORT | leadEntity=DPPA       | takes only comment, not 'leadEntity'
            PREPARE_REPORT | comment=1             | comment must be text
            REVIEW_REPORT  | approved=yes          | approved must be true or false
            REVIEW_REPORT  | approved=true,comment=ok | takes only approved, reviewComment, not 'comment'
            REVIEW_REPORT  | reviewComment=ok      | give approved
            REVIEW_REPORT  | approved=true,other=1 | takes only approved, reviewComment, not 'other'
            SUBMIT_REPORT  | documentSymbol=report | is not a UN document symbol
            SUBMIT_REPORT  | documentSymbol=S/ABC  | is not a UN document symbol
            TRIAGE         | accepted=1            | accepted must be true or false
            """)
    void whatDoesNotFitIsRefusedInWords(TaskForm form, String values, String message) {
        assertThatThrownBy(() -> form.check("Task", parse(values)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aCommentLongerThanTheEngineStoresIsRefused() {
        assertThatThrownBy(() -> TaskForm.REVIEW_REPORT.check("Review", Map.of("approved", false, "reviewComment", "x".repeat(2001))))
                .hasMessageContaining("at most 2,000 characters");
        assertThatThrownBy(() -> TaskForm.PLAN_AND_IMPLEMENT.check("Plan", Map.of("comment", "x".repeat(2001))))
                .hasMessageContaining("at most 2,000 characters");
    }

    @ParameterizedTest(name = "{0} is a document symbol")
    @CsvSource({"S/2021/123", "A/80/590", "A/HRC/57/22/Add.1", "E/CN.6/2024/3", "S/PRST/2021/1", "A/79/L.12/Rev.1"})
    void unDocumentSymbolsAreAccepted(String symbol) {
        assertThat(TaskForm.SUBMIT_REPORT.check("Submit", Map.of("documentSymbol", symbol)).variables())
                .containsEntry("documentSymbol", symbol);
    }

    /** {@code a=true,b=text}: booleans as {@code Boolean}, numbers as {@code Integer}, the rest as text. */
    private static Map<String, Object> parse(String values) {
        Map<String, Object> parsed = new HashMap<>();
        for (String pair : values.split(",")) {
            String[] nameAndValue = pair.split("=", 2);
            String value = nameAndValue[1];
            parsed.put(nameAndValue[0], List.of("true", "false").contains(value) ? (Object) Boolean.valueOf(value)
                    : value.matches("\\d+") ? (Object) Integer.valueOf(value) : value);
        }
        return parsed;
    }
}
