package org.mandatetracker.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.mandatetracker.base.ConflictException;
import org.mandatetracker.base.Message;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateEvent;
import org.mandatetracker.mandate.MandateNotFoundException;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.NotAllowedException;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.WorkflowGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tasks of mandates for the people who do them. A person sees and works on the tasks
 * assigned to them or offered to one of their groups ({@link WorkflowGroups}); admins on all.
 */
@Service
public class MandateTaskService {

    /** Camunda's delete reason for a task that was completed rather than cancelled. */
    private static final String COMPLETED = "completed";
    /** The identity link log's operation type of a link added (the public API names it only as text). */
    private static final String IDENTITY_LINK_ADDED = "add";
    /** The process variables a task shows. */
    private static final List<String> TASK_VARIABLES = List.of(MandateProcesses.VAR_MANDATE_ID,
            MandateProcesses.VAR_APPROVED, MandateProcesses.VAR_REVIEW_COMMENT);
    /** Later than any task's due date: a query due before it leaves out exactly the undated tasks. */
    private static final Date LATEST_DUE = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final MandateService mandates;
    private final CurrentUser currentUser;
    private final TaskCandidateGroups identityLinks;

    MandateTaskService(TaskService tasks, HistoryService history, RuntimeService runtime, IdentityService identity,
                       MandateService mandates, CurrentUser currentUser, TaskCandidateGroups identityLinks) {
        this.identityLinks = identityLinks;
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
        this.mandates = mandates;
        this.currentUser = currentUser;
    }

    /** Open tasks visible to the signed-in person, soonest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTask> visibleTasks(boolean assignedToMe, Long mandateId) {
        UserAccount user = currentUser.require();
        List<Task> dated = datedVisible(user, assignedToMe, mandateId, null).list();
        List<Task> undated = undatedVisible(user, assignedToMe, mandateId, null).list();
        return toWorkflowTasks(Stream.concat(dated.stream(), undated.stream()).toList());
    }

    /**
     * One page of {@link #visibleTasks}, in the same order, paged by the workflow engine's database: the dated tasks
     * soonest due first, then the undated ones, each by creation and id so that pages neither overlap nor skip one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TaskPage visibleTasks(boolean assignedToMe, Long mandateId, int offset, int limit) {
        return visibleTasks(assignedToMe, mandateId, null, offset, limit);
    }

    /**
     * {@link #visibleTasks(boolean, Long, int, int)} of one step only: {@code taskType} is the models' task
     * definition key ({@link TaskForm#taskKey()}), null for every step.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TaskPage visibleTasks(boolean assignedToMe, Long mandateId, String taskType, int offset, int limit) {
        UserAccount user = currentUser.require();
        long total = countVisibleTasks(assignedToMe, mandateId, taskType);
        long undatedCount = undatedVisible(user, assignedToMe, mandateId, taskType).count();
        long datedCount = total - undatedCount;
        List<Task> page = new ArrayList<>(limit);
        if (offset < datedCount) {
            page.addAll(datedVisible(user, assignedToMe, mandateId, taskType).listPage(offset, limit));
        }
        if (page.size() < limit && offset + page.size() < total) {
            int firstUndated = (int) Math.max(0, offset - datedCount);
            page.addAll(undatedVisible(user, assignedToMe, mandateId, taskType)
                    .listPage(firstUndated, limit - page.size()));
        }
        return new TaskPage(toWorkflowTasks(page), total);
    }

    /**
     * The first {@code limit} tasks with a due date that the signed-in person sees, soonest due first, in one query
     * and without the counts a page of the task list needs: for the calendar feed, which shows only dated tasks.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTask> soonestDueTasks(int limit) {
        return toWorkflowTasks(datedVisible(currentUser.require(), false, null, null).listPage(0, limit));
    }

    /** How many tasks {@link #visibleTasks(boolean, Long, String, int, int)} pages through. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countVisibleTasks(boolean assignedToMe, Long mandateId, String taskType) {
        return visible(currentUser.require(), assignedToMe, mandateId, taskType).count();
    }

    /** The open task of that id if the signed-in person sees it (theirs, their groups', or any for an admin). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<WorkflowTask> visibleTask(String taskId) {
        List<Task> found = visible(currentUser.require(), false, null, null).taskId(taskId).list();
        return toWorkflowTasks(found).stream().findFirst();
    }

    private TaskQuery datedVisible(UserAccount user, boolean assignedToMe, Long mandateId, String taskType) {
        return visible(user, assignedToMe, mandateId, taskType).dueBefore(LATEST_DUE).orderByDueDate().asc()
                .orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    private TaskQuery undatedVisible(UserAccount user, boolean assignedToMe, Long mandateId, String taskType) {
        return visible(user, assignedToMe, mandateId, taskType).withoutDueDate().orderByTaskCreateTime().asc()
                .orderByTaskId().asc();
    }

    /** A fresh query of the tasks the person sees: their own, their groups', or for an admin every one. */
    private TaskQuery visible(UserAccount user, boolean assignedToMe, Long mandateId, String taskType) {
        TaskQuery query = tasks.createTaskQuery();
        if (taskType != null) {
            query.taskDefinitionKey(taskType);
        }
        if (assignedToMe) {
            query.taskAssignee(user.username());
        } else if (!user.hasRole(Role.ADMIN)) {
            query.or().taskAssignee(user.username())
                    .taskCandidateGroupIn(List.copyOf(WorkflowGroups.of(user))).includeAssignedTasks()
                    .endOr();
        }
        if (mandateId != null) {
            query.processInstanceBusinessKey(String.valueOf(mandateId));
        }
        return query;
    }

    /** The open tasks of one mandate (the caller must be allowed to see the mandate). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkflowTask> openTasksOf(long mandateId) {
        return toWorkflowTasks(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(mandateId))
                .orderByTaskCreateTime().asc().list());
    }

    /** Every task the mandate's process has had, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TaskHistoryEntry> historyOf(long mandateId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(mandateId))
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(task -> new TaskHistoryEntry(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                        task.getStartTime(), task.getEndTime(), task.getDeleteReason()))
                .toList();
    }

    /**
     * Everything that happened to the mandate, oldest first: the register's events (import, corrections,
     * lead assignments, submitted reports) merged with every process it has had (kind corrections start
     * a new one): tasks created, assigned and completed, and the comments people left on them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MandateHistoryEntry> timelineOf(long mandateId) {
        List<MandateHistoryEntry> timeline = new ArrayList<>();
        for (MandateEvent event : mandates.history(mandateId)) {
            timeline.add(MandateHistoryEntry.ofRegister(event));
        }
        List<HistoricTaskInstance> taskHistory = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(mandateId)).list();
        Map<String, HistoricTaskInstance> tasksById = new HashMap<>();
        for (HistoricTaskInstance task : taskHistory) {
            tasksById.put(task.getId(), task);
            timeline.add(taskEntry(task.getStartTime(), null, TaskEvent.CREATED, task, null, null));
            history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.ASSIGNEE)
                    .operationType(IDENTITY_LINK_ADDED).list()
                    .forEach(assigned -> timeline.add(taskEntry(assigned.getTime(), assigned.getAssignerId(),
                            TaskEvent.ASSIGNED, task, assigned.getUserId(), null)));
            if (task.getEndTime() != null) {
                boolean completed = COMPLETED.equals(task.getDeleteReason());
                timeline.add(taskEntry(task.getEndTime(), completed ? task.getAssignee() : null,
                        completed ? TaskEvent.COMPLETED : TaskEvent.ENDED, task, null,
                        completed ? null : task.getDeleteReason()));
            }
        }
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(mandateId)).list()
                .forEach(process -> tasks.getProcessInstanceComments(process.getId()).forEach(comment -> {
                    HistoricTaskInstance task = tasksById.get(comment.getTaskId());
                    timeline.add(task == null
                            ? taskEntry(comment.getTime(), comment.getUserId(), TaskEvent.COMMENTED_ON_PROCESS, null, null,
                                    comment.getFullMessage())
                            : taskEntry(comment.getTime(), comment.getUserId(), TaskEvent.COMMENTED, task, null,
                                    comment.getFullMessage()));
                }));
        timeline.sort(Comparator.comparing(MandateHistoryEntry::occurredAt));
        return timeline;
    }

    private static MandateHistoryEntry taskEntry(Date when, String actor, TaskEvent event, HistoricTaskInstance task,
                                                 String assignee, String detail) {
        return new MandateHistoryEntry(when.toInstant(), actor, event, task == null ? null : task.getTaskDefinitionKey(),
                task == null ? null : task.getName(), assignee, detail, null);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkflowTask claim(String taskId) {
        UserAccount user = currentUser.require();
        Task task = openTask(taskId, user);
        if (task.getAssignee() == null) {
            try {
                tasks.claim(taskId, user.username());
            } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
                throw new ConflictException("tasks.conflict.claimedJustNow");
            }
        } else if (!task.getAssignee().equals(user.username())) {
            throw claimedBy(task);
        }
        return toWorkflowTask(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /**
     * Gives a claimed task back to its groups. Only its assignee or an admin may, and only when the
     * task is offered to a group: otherwise nobody could take it up again.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkflowTask unclaim(String taskId) {
        UserAccount user = currentUser.require();
        Task task = openTask(taskId, user);
        if (task.getAssignee() == null) {
            throw new ConflictException("tasks.conflict.nobodyHolds", String.join(", ", candidateGroups(taskId)));
        }
        if (!task.getAssignee().equals(user.username()) && !user.hasRole(Role.ADMIN)) {
            throw claimedBy(task);
        }
        if (candidateGroups(taskId).isEmpty()) {
            throw new ConflictException("tasks.conflict.noGroup");
        }
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException raced) {
            throw new ConflictException("tasks.conflict.changedJustNow");
        }
        return toWorkflowTask(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /**
     * Completes a task with its form's values ({@link TaskForm}: nothing else is accepted); the
     * completion's comment is kept as a comment on the task, by the caller, for the mandate's history.
     * Completing a triage task as accepted is the same as naming the mandate's owner, so it goes
     * through {@link MandateService#assignOwner}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void complete(String taskId, Map<String, ?> submitted) {
        UserAccount user = currentUser.require();
        Task task = openTask(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && !user.hasRole(Role.ADMIN)) {
            throw claimedBy(task);
        }
        TaskForm.Completion completion = TaskForm.of(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("No form is declared for " + task.getTaskDefinitionKey()))
                .check(task.getName(), submitted);
        Map<String, Object> variables = completion.variables();
        // two people completing one task at once: the engine refuses the second at any of these steps
        try {
            if (completion.comment() != null) {
                comment(task, user, completion.comment());
            }
            if (MandateProcesses.TASK_TRIAGE.equals(task.getTaskDefinitionKey())
                    && Boolean.TRUE.equals(variables.get(MandateProcesses.VAR_ACCEPTED))) {
                mandates.assignOwner(mandateIdOf(task), stringVariable(variables, MandateProcesses.VAR_LEAD_ENTITY),
                        stringVariable(variables, MandateProcesses.VAR_FOCAL_POINT));
                return;
            }
            if (task.getAssignee() == null) {
                tasks.claim(taskId, user.username());
            }
            tasks.complete(taskId, variables);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
            throw new ConflictException("tasks.conflict.completedJustNow");
        }
    }

    /**
     * A manager asks the focal point of an action mandate for a progress report: the process offers
     * "Report progress" beside "Plan and implement". Only while the mandate is being implemented.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void requestProgress(long mandateId) {
        Mandate mandate = mandates.find(mandateId).orElseThrow(() -> new MandateNotFoundException(mandateId));
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !user.entityCode().equals(mandate.ownerEntity())) {
            throw new NotAllowedException(Message.of("tasks.notAllowed.progress"));
        }
        try {
            runtime.createMessageCorrelation(MandateProcesses.MESSAGE_PROGRESS_REQUESTED)
                    .processInstanceBusinessKey(String.valueOf(mandateId))
                    .correlate();
        } catch (MismatchingMessageCorrelationException notImplementing) {
            throw new ConflictException("tasks.conflict.notImplementing");
        }
    }

    /** The engine records the comment's author from its own authentication, set for this call only. */
    private void comment(Task task, UserAccount user, String text) {
        identity.setAuthenticatedUserId(user.username());
        try {
            tasks.createComment(task.getId(), task.getProcessInstanceId(), text);
        } finally {
            identity.clearAuthentication();
        }
    }

    private Task openTask(String taskId, UserAccount user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            HistoricTaskInstance ended = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (ended == null) {
                throw new TaskNotFoundException(taskId);
            }
            throw ended.getAssignee() == null || !"completed".equals(ended.getDeleteReason())
                    ? new ConflictException("tasks.conflict.ended")
                    : new ConflictException("tasks.conflict.completedBy", ended.getAssignee());
        }
        if (!mayWorkOn(task, user)) {
            throw new NotAllowedException(Message.of("tasks.notAllowed.elsewhere"));
        }
        return task;
    }

    private boolean mayWorkOn(Task task, UserAccount user) {
        if (user.hasRole(Role.ADMIN) || user.username().equals(task.getAssignee())) {
            return true;
        }
        Set<String> groups = WorkflowGroups.of(user);
        return candidateGroups(task.getId()).stream().anyMatch(groups::contains);
    }

    private static ConflictException claimedBy(Task task) {
        return new ConflictException("tasks.conflict.claimedBy", task.getAssignee());
    }

    private static String stringVariable(Map<String, Object> variables, String name) {
        if (!(variables.get(name) instanceof String value)) {
            throw new IllegalArgumentException("Give " + name + " to accept the mandate");
        }
        return value;
    }

    /** From the history, which keeps it when someone completes the task at this very moment. */
    private long mandateIdOf(Task task) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(MandateProcesses.VAR_MANDATE_ID).singleResult().getValue();
    }

    private List<String> candidateGroups(String taskId) {
        return CandidateGroups.of(tasks, taskId);
    }

    private WorkflowTask toWorkflowTask(Task task) {
        return toWorkflowTasks(List.of(task)).get(0);
    }

    /**
     * The tasks as the API and UI show them, with the variables of all their processes read in one query and their
     * candidate groups in another, instead of several queries per task (a page of 100 tasks took 0.7 to 1.8 s).
     * The variables are the processes' own: an import starts each process with them and task forms set them there.
     * The titles come from the register, composed where they are read, so that each reader has them in their language
     * (a process keeps its English title only for the engine's own web apps).
     */
    private List<WorkflowTask> toWorkflowTasks(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variablesByProcess = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new))
                .variableNameIn(TASK_VARIABLES.toArray(String[]::new)).list().stream()
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .forEach(variable -> variablesByProcess.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue()));
        Map<String, List<String>> groupsByTask = identityLinks.byTask(found.stream().map(Task::getId).toList());
        Map<Long, Message> titles = mandates.titles(variablesByProcess.values().stream()
                .map(variables -> variables.get(MandateProcesses.VAR_MANDATE_ID)).filter(Long.class::isInstance)
                .map(Long.class::cast).collect(Collectors.toSet()));
        return found.stream().map(task -> toWorkflowTask(task,
                variablesByProcess.getOrDefault(task.getProcessInstanceId(), Map.of()),
                groupsByTask.getOrDefault(task.getId(), List.of()), titles)).toList();
    }

    private static WorkflowTask toWorkflowTask(Task task, Map<String, Object> variables, List<String> candidateGroups,
                                               Map<Long, Message> titles) {
        Long mandateId = variables.get(MandateProcesses.VAR_MANDATE_ID) instanceof Long id ? id : null;
        // a report the review did not clear comes back to "Prepare report" with the reviewer's comment
        boolean sentBack = MandateProcesses.TASK_PREPARE_REPORT.equals(task.getTaskDefinitionKey())
                && Boolean.FALSE.equals(variables.get(MandateProcesses.VAR_APPROVED));
        return new WorkflowTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                mandateId, mandateId == null ? null : titles.get(mandateId), task.getProcessInstanceId(), task.getAssignee(),
                candidateGroups, task.getDueDate(), task.getCreateTime(),
                task.getLastUpdated() == null ? task.getCreateTime() : task.getLastUpdated(),
                sentBack ? (String) variables.get(MandateProcesses.VAR_REVIEW_COMMENT) : null);
    }
}
