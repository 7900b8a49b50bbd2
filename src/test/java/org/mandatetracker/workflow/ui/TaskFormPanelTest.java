package org.mandatetracker.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.EnglishTranslations;
import org.mandatetracker.base.Message;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.TaskForm;
import org.mandatetracker.workflow.WorkflowTask;

/** The task forms as plain objects: the fields each step shows, what they hand over, a refusal marked on its field. */
class TaskFormPanelTest {

    private final List<Map<String, Object>> completions = new ArrayList<>();

    @BeforeEach
    void readTheBundlesInEnglish() {
        EnglishTranslations.install();
    }

    @AfterEach
    void leaveNoService() {
        EnglishTranslations.remove();
    }

    @Test
    void aReviewSentBackHandsOverTheDecisionAndTheComment() {
        TaskFormPanel panel = panelFor(task(MandateProcesses.TASK_REVIEW_REPORT, null));
        decision(panel).setValue(false);
        ((TextArea) panel.field(MandateProcesses.VAR_REVIEW_COMMENT).orElseThrow()).setValue("Add the figures");

        panel.submit(recording());

        assertThat(completions).containsExactly(Map.of("approved", false, "reviewComment", "Add the figures"));
    }

    @Test
    void aRefusedValueIsMarkedOnItsFieldWithTheFormsSentence() {
        TaskFormPanel panel = panelFor(task(MandateProcesses.TASK_REVIEW_REPORT, null));
        decision(panel).setValue(false);

        panel.submit(checkedByTheForm(TaskForm.REVIEW_REPORT));

        HasValidation comment = (HasValidation) panel.field(MandateProcesses.VAR_REVIEW_COMMENT).orElseThrow();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("give reviewComment to say why");
        assertThat(completions).isEmpty();
    }

    @Test
    void aSubmissionAsksForTheIssuedSymbolAndAnOptionalComment() {
        TaskFormPanel panel = panelFor(task(MandateProcesses.TASK_SUBMIT_REPORT, null));
        TextField symbol = (TextField) panel.field(MandateProcesses.VAR_DOCUMENT_SYMBOL).orElseThrow();
        symbol.setValue("a report");

        panel.submit(checkedByTheForm(TaskForm.SUBMIT_REPORT));
        assertThat(symbol.isInvalid()).isTrue();
        assertThat(symbol.getErrorMessage()).contains("is not a UN document symbol");

        symbol.setValue("S/2021/123");
        panel.submit(checkedByTheForm(TaskForm.SUBMIT_REPORT));
        assertThat(symbol.isInvalid()).isFalse();
        assertThat(completions).containsExactly(Map.of("documentSymbol", "S/2021/123"));
        assertThat(panel.field(TaskForm.COMMENT)).isPresent();
    }

    @Test
    void theTriageIsOnlyDismissedHereWithAnOptionalComment() {
        TaskFormPanel panel = panelFor(task(MandateProcesses.TASK_TRIAGE, null));

        assertThat(panel.field(MandateProcesses.VAR_LEAD_ENTITY)).isEmpty();
        assertThat(panel.values()).isEqualTo(Map.of("accepted", false, "comment", ""));
    }

    @Test
    void aReportSentBackShowsTheReviewersComment() {
        TaskFormPanel panel = panelFor(task(MandateProcesses.TASK_PREPARE_REPORT, "Add the figures"));

        assertThat(panel.getElement().getTextRecursively()).contains("Sent back by the review: Add the figures");
    }

    @Test
    void aTaskAColleagueHoldsShowsWhoAndNoForm() {
        TaskFormPanel panel = new TaskFormPanel(task(MandateProcesses.TASK_PREPARE_REPORT, null), "Due 1 Sep 2021.",
                TaskFormPanel.Holder.COLLEAGUE, recording());

        assertThat(panel.getElement().getTextRecursively()).contains("Claimed by staff: only they can complete it");
        assertThat(panel.field(TaskForm.COMMENT)).isEmpty();
    }

    private RadioButtonGroup<Boolean> decision(TaskFormPanel panel) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> decision = (RadioButtonGroup<Boolean>) (HasValue<?, ?>)
                panel.field(MandateProcesses.VAR_APPROVED).orElseThrow();
        return decision;
    }

    /** Actions that check the values as the service does and record what would be completed. */
    private TaskFormPanel.Actions checkedByTheForm(TaskForm form) {
        return actions(values -> completions.add(form.check("Task", values).variables()));
    }

    private TaskFormPanel.Actions recording() {
        return actions(completions::add);
    }

    private static TaskFormPanel.Actions actions(Consumer<Map<String, Object>> complete) {
        return new TaskFormPanel.Actions() {
            @Override
            public void complete(Map<String, Object> values) {
                complete.accept(values);
            }

            @Override
            public void claim() {
            }

            @Override
            public void unclaim() {
            }
        };
    }

    private static TaskFormPanel panelFor(WorkflowTask task) {
        return new TaskFormPanel(task, "Due 1 Sep 2021.", TaskFormPanel.Holder.CALLER, actions(values -> { }));
    }

    private static WorkflowTask task(String taskKey, String reviewComment) {
        return new WorkflowTask("task-1", "Task", taskKey, 42L, Message.of("task.title", "S/RES/2553 (2020)", "25", "a report"),
                "process-1",
                "staff", List.of("DPO_STAFF"), new Date(), new Date(), new Date(), reviewComment);
    }
}
