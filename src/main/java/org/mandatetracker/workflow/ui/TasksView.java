package org.mandatetracker.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandatetracker.base.ConflictException;
import org.mandatetracker.base.ui.Labels;
import org.mandatetracker.base.ui.LocalFormats;
import org.mandatetracker.base.ui.Notifications;
import org.mandatetracker.entity.EntityService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.workflow.MandateTaskService;
import org.mandatetracker.workflow.TaskForm;
import org.mandatetracker.workflow.TaskNotFoundException;
import org.mandatetracker.workflow.WorkflowTask;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person's follow-up tasks and their groups', soonest due first, the overdue ones
 * marked; a filter by task type. The selected task shows the form its step needs ({@link TaskFormPanel}).
 */
@Route("tasks")
@Menu(title = "menu.tasks", order = 10)
@PermitAll
class TasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** {@code /tasks?task=<id>} opens that task's form, for a link from a mandate's page or a colleague. */
    static final String TASK_PARAMETER = "task";

    private final MandateTaskService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Grid<WorkflowTask> grid = new Grid<>();
    private final Checkbox onlyMine = new Checkbox(getTranslation("tasks.onlyMine"));
    private final ComboBox<TaskForm> taskType = new ComboBox<>(getTranslation("tasks.type"));
    private final VerticalLayout form = new VerticalLayout();

    TasksView(MandateTaskService tasks, CurrentUser currentUser, Clock clock, EntityService entities) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();
        GroupNames groups = new GroupNames(entities);
        grid.addComponentColumn(this::taskCell).setHeader(getTranslation("tasks.task")).setAutoWidth(true).setFlexGrow(0);
        // the title as text: a click on the row selects the task, the form links to the mandate's page
        grid.addColumn(task -> Labels.of(task.title())).setHeader(getTranslation("tasks.mandate")).setFlexGrow(1);
        grid.addColumn(task -> task.due() == null ? getTranslation("tasks.noDate") : day(task.due()))
                .setHeader(getTranslation("tasks.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(task -> task.assignee() == null ? groups.inWords(task.candidateGroups()) : task.assignee())
                .setHeader(getTranslation("tasks.with")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("tasks.aria"));
        // the engine's database pages and counts: an admin may see tens of thousands of open tasks
        grid.setItems(query -> tasks.visibleTasks(onlyMine.getValue(), null, chosenTaskKey(), query.getOffset(),
                        query.getLimit()).tasks().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, tasks.countVisibleTasks(onlyMine.getValue(), null,
                        chosenTaskKey())))
                .setIdentifierProvider(WorkflowTask::id);
        grid.asSingleSelect().addValueChangeListener(selection -> showForm(selection.getValue()));
        onlyMine.setId("only-mine");
        onlyMine.addValueChangeListener(change -> refresh());
        taskType.setItems(TaskForm.values());
        taskType.setClearButtonVisible(true);
        taskType.setPlaceholder(getTranslation("tasks.allTypes"));
        taskType.setItemLabelGenerator(Labels::of);
        taskType.addValueChangeListener(change -> refresh());

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("menu.tasks")), taskType, onlyMine);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        SplitLayout split = new SplitLayout(grid, form);
        split.setSizeFull();
        split.setSplitterPosition(62);
        add(header, split);
        setFlexGrow(1, split);
        refresh();
    }

    /** The task the address names, selected when it is among the person's; else a sentence instead of its form. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(TASK_PARAMETER).ifPresent(id -> {
            Optional<WorkflowTask> named = tasks.visibleTask(id);
            taskType.clear();
            named.ifPresentOrElse(grid::select, () -> {
                form.removeAll();
                form.add(new Paragraph(getTranslation("tasks.linkedTaskGone")));
            });
        });
    }

    /** Shows the list as it is now; the task selected stays selected, with its form as it is now, while it is open. */
    private void refresh() {
        Optional<WorkflowTask> selected = grid.asSingleSelect().getOptionalValue().flatMap(task -> tasks.visibleTask(task.id()))
                .filter(this::listed);
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
        selected.ifPresentOrElse(grid::select, () -> showForm(null));
    }

    /** Whether the list's filters let the task through. */
    private boolean listed(WorkflowTask task) {
        return (taskType.getValue() == null || taskType.getValue().taskKey().equals(task.taskKey()))
                && (!onlyMine.getValue() || currentUser.require().username().equals(task.assignee()));
    }

    /** The task definition key of the type chosen, null for all. */
    private String chosenTaskKey() {
        return taskType.getValue() == null ? null : taskType.getValue().taskKey();
    }

    private Component taskCell(WorkflowTask task) {
        Span name = new Span(Labels.of(typeOf(task)));
        if (!task.overdueAt(Date.from(clock.instant()))) {
            return name;
        }
        Span overdue = new Span(getTranslation("tasks.overdue"));
        overdue.getStyle().set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
        HorizontalLayout cell = new HorizontalLayout(name, overdue);
        cell.setSpacing(true);
        return cell;
    }

    private void showForm(WorkflowTask task) {
        form.removeAll();
        if (task == null) {
            form.add(new Paragraph(getTranslation("tasks.select")));
            return;
        }
        form.add(new TaskFormPanel(task, dueInWords(task), holderOf(task), new TaskFormPanel.Actions() {
            @Override
            public void complete(Map<String, Object> values) {
                act(() -> tasks.complete(task.id(), values), getTranslation("tasks.done"));
            }

            @Override
            public void claim() {
                act(() -> tasks.claim(task.id()), getTranslation("tasks.claimed"));
            }

            @Override
            public void unclaim() {
                act(() -> tasks.unclaim(task.id()), getTranslation("tasks.givenBack"));
            }
        }));
    }

    private TaskFormPanel.Holder holderOf(WorkflowTask task) {
        UserAccount me = currentUser.require();
        if (task.assignee() == null) {
            return TaskFormPanel.Holder.NOBODY;
        }
        return me.username().equals(task.assignee()) || me.hasRole(Role.ADMIN) ? TaskFormPanel.Holder.CALLER
                : TaskFormPanel.Holder.COLLEAGUE;
    }

    private String dueInWords(WorkflowTask task) {
        if (task.due() == null) {
            return getTranslation("tasks.noDueDate");
        }
        return task.overdueAt(Date.from(clock.instant())) ? getTranslation("tasks.dueOverdue", day(task.due()))
                : getTranslation("tasks.dueOn", day(task.due()));
    }

    private String day(Date due) {
        return LocalFormats.date(LocalDate.ofInstant(due.toInstant(), clock.getZone()));
    }

    /** Every task of the models has its form; its type names it in the reader's language. */
    private static TaskForm typeOf(WorkflowTask task) {
        return TaskForm.of(task.taskKey())
                .orElseThrow(() -> new IllegalStateException("No form is declared for " + task.taskKey()));
    }

    /**
     * Runs the action and shows the list as it is now. A task someone else completed or claimed
     * meanwhile is no error of the person's: the form makes way for the sentence saying so.
     */
    private void act(Runnable action, String success) {
        try {
            action.run();
        } catch (ConflictException | TaskNotFoundException meanwhile) {
            showMeanwhile(Labels.reasonOf(meanwhile));
            return;
        } catch (AccessDeniedException meanwhile) {
            showMeanwhile(Labels.reasonOf(meanwhile));
            return;
        }
        Notifications.success(success);
        refresh();
    }

    private void showMeanwhile(String what) {
        refresh();
        form.removeAll();
        form.add(new Paragraph(getTranslation("tasks.conflict.listNow", what)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.tasks"));
    }
}
