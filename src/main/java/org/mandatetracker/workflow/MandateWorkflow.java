package org.mandatetracker.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.mandatetracker.mandate.DocumentDeleted;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateOwnerAssigned;
import org.mandatetracker.mandate.MandateRegistered;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
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

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final MandateService mandates;
    private final UserService users;
    private final WorkflowProperties properties;
    private final Clock clock;

    MandateWorkflow(RuntimeService runtime, TaskService tasks, MandateService mandates, UserService users,
                    WorkflowProperties properties, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.mandates = mandates;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void start(MandateRegistered registered) {
        Mandate mandate = registered.mandate();
        Map<String, Object> variables = new HashMap<>();
        variables.put(MandateProcesses.VAR_MANDATE_ID, mandate.id());
        variables.put(MandateProcesses.VAR_TITLE, mandate.title());
        variables.put(MandateProcesses.VAR_RECURRENCE, mandate.recurrence());
        variables.put(MandateProcesses.VAR_MANDATE_END_DATE, toDate(mandate.endDate()));
        LocalDate due = mandate.due() == null ? null : mandate.due().date();
        String processKey;
        switch (mandate.kind()) {
            case "AGENDA" -> {
                processKey = MandateProcesses.AGENDA;
                variables.put(MandateProcesses.VAR_AGENDA_GROUP, properties.agendaGroup(mandate.body()));
                variables.put(MandateProcesses.VAR_DUE_DATE, toDate(due == null ? null : due.minus(properties.agendaLeadTime())));
            }
            default -> {
                processKey = "REPORT".equals(mandate.kind()) ? MandateProcesses.REPORT : MandateProcesses.ACTION;
                variables.put(MandateProcesses.VAR_TRIAGE_GROUP, triageGroup(mandate.addressees()));
                variables.put(MandateProcesses.VAR_TRIAGE_DUE_DATE,
                        toDate(LocalDate.now(clock.withZone(properties.zone())).plus(properties.triageTime())));
                variables.put(MandateProcesses.VAR_DUE_DATE, toDate(due));
            }
        }
        ProcessInstance process = runtime.startProcessInstanceByKey(processKey, String.valueOf(mandate.id()), variables);
        mandates.attachProcess(mandate.id(), process.getId());
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
        Task triage = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(MandateProcesses.TASK_TRIAGE).singleResult();
        Map<String, Object> owner = Map.of(
                MandateProcesses.VAR_LEAD_ENTITY, mandate.ownerEntity(),
                MandateProcesses.VAR_FOCAL_POINT, mandate.focalPoint());
        if (triage != null) {
            Map<String, Object> decision = new HashMap<>(owner);
            decision.put(MandateProcesses.VAR_ACCEPTED, true);
            tasks.complete(triage.getId(), decision);
            return;
        }
        runtime.setVariables(processInstanceId, owner);
        for (Task open : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            moveTask(open, assigned, mandate);
        }
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
                .filter(users::hasActiveManagers)
                .findFirst()
                .map(entity -> WorkflowGroups.of(entity, Role.MANAGER))
                .orElse(Role.MANAGER.name());
    }

    private Date toDate(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(properties.zone()).toInstant());
    }
}
