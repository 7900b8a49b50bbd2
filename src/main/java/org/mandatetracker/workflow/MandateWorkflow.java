package org.mandatetracker.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.DocumentDeleted;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateClosedAfterRenewal;
import org.mandatetracker.mandate.MandateDueCorrected;
import org.mandatetracker.mandate.MandateKindCorrected;
import org.mandatetracker.mandate.MandateLeftOut;
import org.mandatetracker.mandate.MandateOwnerAssigned;
import org.mandatetracker.mandate.MandateRenewed;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.mandate.MandatesRegistered;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.WorkflowGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each mandate and its Camunda process in step, inside the transaction that changed either:
 * a registered mandate starts its process, an assigned owner completes triage or moves the open
 * tasks, a deleted import cancels its processes. (An ended process closes its mandate through the
 * models' end listener.)
 */
@Component
class MandateWorkflow {

    /** A due-date expression that is just one variable. */
    private static final Pattern VARIABLE_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

    private final ProcessEngineConfigurationImpl engine;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final ReportingSchedule schedule;
    private final MandateService mandates;
    private final ManagedEntities managedEntities;
    private final WorkflowProperties properties;
    private final Clock clock;

    MandateWorkflow(ProcessEngineConfigurationImpl engine, RuntimeService runtime, TaskService tasks,
                    RepositoryService repository, ReportingSchedule schedule, MandateService mandates,
                    ManagedEntities managedEntities, WorkflowProperties properties, Clock clock) {
        this.engine = engine;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.schedule = schedule;
        this.mandates = mandates;
        this.managedEntities = managedEntities;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Starts the processes of an import's new mandates in one engine command, so that the engine writes them all
     * in one flush of batched inserts (and reads each job definition once) instead of one flush per process. Nothing
     * here queries what an earlier start wrote, which the engine would not find before that flush. A renewal's
     * process started when {@link MandateRenewed} named what it continues, see {@link #supersede}.
     */
    @EventListener
    void start(MandatesRegistered registered) {
        List<Mandate> fresh = registered.mandates().stream().filter(mandate -> mandate.renews() == null).toList();
        if (!fresh.isEmpty()) {
            engine.getCommandExecutorTxRequired().execute(context -> {
                fresh.forEach(mandate -> startProcess(mandate, List.of()));
                return null;
            });
        }
    }

    /**
     * Starts the process of the mandate's kind and returns its instance id: at its start event, or, for a
     * renewal continuing its predecessor's follow-up, before the given user tasks of its model, past triage
     * with the lead and focal point it took over and (for a report) its own cycle's deadlines.
     */
    private String startProcess(Mandate mandate, List<String> continuedSteps) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(MandateProcesses.VAR_MANDATE_ID, mandate.id());
        variables.put(MandateProcesses.VAR_TITLE, mandate.title().english());
        variables.put(MandateProcesses.VAR_RECURRENCE, mandate.recurrence());
        variables.put(MandateProcesses.VAR_MANDATE_END_DATE, toDate(mandate.endDate()));
        Date due = processDueDate(mandate);
        variables.put(MandateProcesses.VAR_DUE_DATE, due);
        MandateKind kind = kindOf(mandate);
        if (kind == MandateKind.AGENDA) {
            variables.put(MandateProcesses.VAR_AGENDA_GROUP, properties.agendaGroup(mandate.body()));
        } else {
            variables.put(MandateProcesses.VAR_TRIAGE_GROUP, triageGroup(mandate.addressees()));
            variables.put(MandateProcesses.VAR_TRIAGE_DUE_DATE,
                    toDate(LocalDate.now(clock.withZone(properties.zone())).plus(properties.triageTime())));
        }
        ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(processKey(kind))
                .businessKey(String.valueOf(mandate.id())).setVariables(variables);
        if (!continuedSteps.isEmpty()) {
            start.setVariables(ContinuedSteps.variables(kind, due, mandate.ownerEntity(), mandate.focalPoint(), schedule));
            continuedSteps.forEach(start::startBeforeActivity);
        }
        ProcessInstance process = start.execute();
        mandates.attachProcess(mandate.id(), process.getId());
        return process.getId();
    }

    /**
     * A corrected due date moves the process's due-date variables (the report's draft and review dates
     * with it) and the open tasks' due dates, each task reading the variable its model names.
     * Reminder checks read the task's due date when they fire, so they follow as well.
     */
    @EventListener
    void moveDueDate(MandateDueCorrected corrected) {
        Mandate mandate = corrected.mandate();
        String processInstanceId = mandate.processInstanceId();
        if (processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return;
        }
        Date due = processDueDate(mandate);
        runtime.setVariable(processInstanceId, MandateProcesses.VAR_DUE_DATE, due);
        if (kindOf(mandate) == MandateKind.REPORT) {
            runtime.setVariables(processInstanceId, ContinuedSteps.cycleDeadlines(due, schedule));
        }
        for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            // read where the task sees it: the follow-up tasks' own due dates are theirs and stay
            dueDateVariableOf(open).ifPresent(variable -> {
                open.setDueDate((Date) runtime.getVariable(open.getExecutionId(), variable));
                tasks.saveTask(open);
            });
        }
    }

    /**
     * A corrected kind needs the other kind's process: the running one ends with the manager's reason
     * (without its end listener, so the mandate stays open) and the new one starts, past triage when
     * the mandate already has its lead.
     */
    @EventListener
    void replaceProcess(MandateKindCorrected corrected) {
        Mandate mandate = corrected.mandate();
        if (mandate.processInstanceId() != null) {
            runtime.deleteProcessInstanceIfExists(mandate.processInstanceId(), "Kind corrected from "
                    + corrected.previousKind().label() + " to " + kindOf(mandate).label() + ": " + corrected.reason(),
                    true, true, true, false);
        }
        String processInstanceId = startProcess(mandate, List.of());
        if (mandate.ownerEntity() != null) {
            completeTriage(processInstanceId, mandate);
        }
    }

    /**
     * While triage is open, naming the owner is the triage decision; afterwards the open tasks and the
     * variables that later tasks read move to the new owner.
     */
    @EventListener
    void moveToOwner(MandateOwnerAssigned assigned) {
        Mandate mandate = assigned.mandate();
        String processInstanceId = mandate.processInstanceId();
        if (processInstanceId == null) {
            return;
        }
        if (completeTriage(processInstanceId, mandate)) {
            return;
        }
        runtime.setVariables(processInstanceId, ownerOf(mandate));
        for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            moveTask(open, assigned, mandate);
        }
    }

    /** Completes the open triage, if there is one, as accepted by the mandate's owner. */
    private boolean completeTriage(String processInstanceId, Mandate mandate) {
        Task triage = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(MandateProcesses.TASK_TRIAGE).singleResult();
        if (triage == null) {
            return false;
        }
        Map<String, Object> decision = new HashMap<>(ownerOf(mandate));
        decision.put(MandateProcesses.VAR_ACCEPTED, true);
        tasks.complete(triage.getId(), decision);
        return true;
    }

    private static Map<String, Object> ownerOf(Mandate mandate) {
        return Map.of(MandateProcesses.VAR_LEAD_ENTITY, mandate.ownerEntity(),
                MandateProcesses.VAR_FOCAL_POINT, mandate.focalPoint());
    }

    /** The variable the task's model sets its due date from ({@code camunda:dueDate="${prepareDueDate}"}), if one. */
    private Optional<String> dueDateVariableOf(Task task) {
        UserTask definition = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        Matcher variable = definition == null || definition.getCamundaDueDate() == null ? null
                : VARIABLE_EXPRESSION.matcher(definition.getCamundaDueDate().strip());
        return variable != null && variable.matches() ? Optional.of(variable.group(1)) : Optional.empty();
    }

    /** The process's own due date: an agenda item must be on the agenda its lead time before the session. */
    private Date processDueDate(Mandate mandate) {
        LocalDate due = mandate.due() == null ? null : mandate.due().date();
        if (due != null && kindOf(mandate) == MandateKind.AGENDA) {
            due = due.minus(properties.agendaLeadTime());
        }
        return toDate(due);
    }

    /** Extraction knows three kinds; anything else is followed up as an action. */
    private static MandateKind kindOf(Mandate mandate) {
        return mandate.kind();
    }

    private static String processKey(MandateKind kind) {
        return switch (kind) {
            case REPORT -> MandateProcesses.REPORT;
            case AGENDA -> MandateProcesses.AGENDA;
            case ACTION -> MandateProcesses.ACTION;
        };
    }

    private void moveTask(Task open, MandateOwnerAssigned assigned, Mandate mandate) {
        if (assigned.previousFocalPoint() != null && assigned.previousFocalPoint().equals(open.getAssignee())) {
            tasks.setAssignee(open.getId(), mandate.focalPoint());
        }
        if (assigned.previousEntity() == null || assigned.previousEntity().equals(mandate.ownerEntity())) {
            return;
        }
        for (Role role : Role.values()) {
            String previousGroup = WorkflowGroups.of(assigned.previousEntity(), role);
            boolean offered = tasks.getIdentityLinksForTask(open.getId()).stream().anyMatch(link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && previousGroup.equals(link.getGroupId()));
            if (offered) {
                tasks.deleteCandidateGroup(open.getId(), previousGroup);
                tasks.addCandidateGroup(open.getId(), WorkflowGroups.of(mandate.ownerEntity(), role));
            }
        }
    }

    /**
     * A renewal continues the follow-up: its process starts at the steps where the earlier one stands (a
     * report in review is reviewed, not prepared again), past triage with the lead and focal point it took
     * over, on its own dates, recurrence and end date, each task's reminders armed on its new due date; an
     * earlier process still in triage, or of another kind, is continued from triage. An open task of the
     * same step goes to whoever held the earlier one, and the earlier process ends at "Superseded by …" in
     * its model (its history stays).
     */
    @EventListener
    void supersede(MandateRenewed renewed) {
        Mandate successor = renewed.successor();
        String earlierProcess = renewed.predecessor().processInstanceId();
        List<Task> earlierTasks = earlierProcess == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(earlierProcess).list();
        boolean sameModel = kindOf(successor) == kindOf(renewed.predecessor());
        List<String> steps = successor.ownerEntity() == null || !sameModel ? List.of() : earlierTasks.stream()
                .map(Task::getTaskDefinitionKey)
                .filter(step -> !MandateProcesses.TASK_TRIAGE.equals(step))
                .distinct()
                .toList();
        String successorProcess = startProcess(successor, steps);
        if (steps.isEmpty() && successor.ownerEntity() != null) {
            completeTriage(successorProcess, successor);
        }
        for (Task earlier : earlierTasks) {
            if (earlier.getAssignee() == null) {
                continue;
            }
            for (Task open : tasks.createTaskQuery().processInstanceId(successorProcess)
                    .taskDefinitionKey(earlier.getTaskDefinitionKey()).list()) {
                tasks.setAssignee(open.getId(), earlier.getAssignee());
            }
        }
        endAsSuperseded(renewed.predecessor(), successor.symbol());
    }

    /** A mandate a renewal left out: its model asks the managers, asynchronously, to close or keep it. */
    @EventListener
    void askToCloseOrKeep(MandateLeftOut leftOut) {
        String processInstanceId = leftOut.mandate().processInstanceId();
        if (processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.createMessageCorrelation(MandateProcesses.MESSAGE_LEFT_OUT).processInstanceId(processInstanceId)
                    .correlate();
        }
    }

    /** Managers closed a mandate that a renewal left out: it ends as superseded by that renewal. */
    @EventListener
    void close(MandateClosedAfterRenewal closed) {
        endAsSuperseded(closed.mandate(), closed.renewalSymbol());
    }

    /** Ends the mandate's process at its model's "Superseded" end event, whose end listener closes the mandate. */
    private void endAsSuperseded(Mandate mandate, String bySymbol) {
        String processInstanceId = mandate.processInstanceId();
        if (processInstanceId == null || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            mandates.finish(mandate.id(), MandateStatus.SUPERSEDED);
            return;
        }
        runtime.createMessageCorrelation(MandateProcesses.MESSAGE_SUPERSEDED).processInstanceId(processInstanceId)
                .setVariable(MandateProcesses.VAR_SUPERSEDED_BY, bySymbol).correlate();
    }

    /** A deleted import takes its running processes along; skipping listeners keeps the end listener out of it. */
    @EventListener
    void cancel(DocumentDeleted deleted) {
        for (Mandate mandate : deleted.mandates()) {
            if (mandate.processInstanceId() != null) {
                runtime.deleteProcessInstanceIfExists(mandate.processInstanceId(),
                        "Import of " + deleted.symbol() + " deleted", true, true, true, false);
            }
        }
    }

    /** A manager of the first addressed entity that has managers, else the triage queue of all managers. */
    private String triageGroup(List<String> addressees) {
        return addressees.stream()
                .filter(managedEntities::hasActiveManagers)
                .findFirst()
                .map(entity -> WorkflowGroups.of(entity, Role.MANAGER))
                .orElse(Role.MANAGER.name());
    }

    private Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(properties.zone()).toInstant());
    }
}
