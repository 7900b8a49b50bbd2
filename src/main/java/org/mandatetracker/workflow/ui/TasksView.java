package org.mandatetracker.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskConflictException;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person's follow-up tasks, soonest due first. Each task shows the form its step needs:
 * a review approves or sends back with a comment, a submission records the issued symbol.
 */
@Route("tasks")
@PageTitle("My tasks · Mandate Tracker")
@Menu(title = "My tasks", order = 10)
@PermitAll
class TasksView extends VerticalLayout {

    private final MandateTaskService tasks;
    private final Grid<WorkflowTask> grid = new Grid<>();
    private final Checkbox onlyMine = new Checkbox("Only tasks assigned to me");
    private final VerticalLayout form = new VerticalLayout();

    TasksView(MandateTaskService tasks) {
        this.tasks = tasks;
        setSizeFull();
        SimpleDateFormat day = new SimpleDateFormat("d MMM yyyy", Locale.UK);
        grid.addColumn(WorkflowTask::name).setHeader("Task").setAutoWidth(true);
        grid.addColumn(WorkflowTask::title).setHeader("Mandate").setFlexGrow(1);
        grid.addColumn(task -> task.due() == null ? "" : day.format(task.due())).setHeader("Due").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(task -> task.assignee() == null ? String.join(", ", task.candidateGroups()) : task.assignee())
                .setHeader("With").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(selection -> showForm(selection.getValue()));
        onlyMine.addValueChangeListener(change -> refresh());

        HorizontalLayout header = new HorizontalLayout(new H2("My tasks"), onlyMine);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        SplitLayout split = new SplitLayout(grid, form);
        split.setSizeFull();
        split.setSplitterPosition(65);
        add(header, split);
        setFlexGrow(1, split);
        refresh();
        showForm(null);
    }

    private void refresh() {
        grid.setItems(tasks.visibleTasks(onlyMine.getValue(), null));
    }

    private void showForm(WorkflowTask task) {
        form.removeAll();
        if (task == null) {
            form.add(new Paragraph("Select a task to work on it."));
            return;
        }
        form.add(new H3(task.name()), new Paragraph(task.title()));
        Map<String, Object> variables = new HashMap<>();
        switch (task.taskKey()) {
            case MandateProcesses.TASK_TRIAGE -> form.add(new Paragraph(
                    "Accept by naming the lead entity and focal point on the Mandates page, or dismiss it here."),
                    completeButton(task, "Dismiss mandate", () -> Map.of(MandateProcesses.VAR_ACCEPTED, false)));
            case MandateProcesses.TASK_REVIEW_REPORT -> {
                RadioButtonGroup<String> decision = new RadioButtonGroup<>("Decision");
                decision.setItems("Approve", "Send back");
                decision.setValue("Approve");
                TextArea comment = new TextArea("Comment for the focal point");
                comment.setWidthFull();
                form.add(decision, comment, completeButton(task, "Record decision", () -> {
                    variables.put(MandateProcesses.VAR_APPROVED, "Approve".equals(decision.getValue()));
                    variables.put(MandateProcesses.VAR_REVIEW_COMMENT, comment.getValue().isBlank() ? null : comment.getValue());
                    return variables;
                }));
            }
            case MandateProcesses.TASK_SUBMIT_REPORT -> {
                TextField symbol = new TextField("Issued document symbol");
                symbol.setPlaceholder("S/2021/123");
                form.add(symbol, completeButton(task, "Record submission", () -> {
                    variables.put(MandateProcesses.VAR_DOCUMENT_SYMBOL, symbol.getValue().strip());
                    return variables;
                }));
            }
            default -> form.add(completeButton(task, "Mark as done", () -> variables));
        }
        if (task.assignee() == null) {
            Button claim = new Button("Claim", click -> run(() -> tasks.claim(task.id()), "Claimed"));
            form.add(claim);
        }
    }

    private Button completeButton(WorkflowTask task, String label, java.util.function.Supplier<Map<String, Object>> variables) {
        Button complete = new Button(label, click -> run(() -> tasks.complete(task.id(), variables.get()), "Done"));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return complete;
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
        } catch (TaskConflictException | IllegalArgumentException | AccessDeniedException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
        showForm(null);
    }
}
