package org.mandatetracker.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.reminder.internal.ReminderKey;
import org.mandatetracker.reminder.internal.ReminderRecord;
import org.mandatetracker.reminder.internal.ReminderRecordRepository;
import org.mandatetracker.security.CurrentUser;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.mandatetracker.security.WorkflowGroups;
import org.mandatetracker.workflow.CandidateGroups;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.WorkflowProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before a task's due date and escalations after it, each sent once per task, occasion and
 * person (the send log's unique key). Called by the models' asynchronous service tasks: a failed send
 * throws, so that the job retries and, once its retries are spent, shows as an incident in Cockpit.
 * Without an SMTP server ({@code spring.mail.host} unset) messages are kept as queued.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    /** The most entries one look at the send log shows. */
    static final Pageable LATEST = PageRequest.ofSize(500);
    /** The send log's task column for a question about a whole mandate, which no task carries: this and its id. */
    static final String LEFT_OUT_SEND_LOG_TASK = "mandate-";

    private final TaskService tasks;
    private final MandateService mandates;
    private final UserService users;
    private final CurrentUser currentUser;
    private final ReminderSchedule schedule;
    private final ReminderMail mail;
    private final ReminderSender sender;
    private final ReminderRecordRepository records;
    private final WorkflowProperties workflow;

    ReminderService(TaskService tasks, MandateService mandates, UserService users, CurrentUser currentUser,
                    ReminderSchedule schedule, ReminderMail mail, ReminderSender sender,
                    ReminderRecordRepository records, WorkflowProperties workflow) {
        this.tasks = tasks;
        this.mandates = mandates;
        this.users = users;
        this.currentUser = currentUser;
        this.schedule = schedule;
        this.mail = mail;
        this.sender = sender;
        this.records = records;
        this.workflow = workflow;
    }

    /**
     * Reminds the people of an open task of the nearest lead time reached, if any: its assignee, or
     * while unassigned the people of its candidate groups. A task done meanwhile is left alone.
     */
    public void remind(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        schedule.leadTimeReached(task.getDueDate()).ifPresent(leadTime -> {
            List<UserAccount> recipients;
            ReminderMail.Reason reason;
            List<String> groups = candidateGroups(task);
            if (task.getAssignee() != null) {
                recipients = users.find(task.getAssignee()).filter(UserAccount::enabled).stream().toList();
                reason = ReminderMail.Reason.ASSIGNEE;
            } else {
                recipients = users.findInGroups(groups);
                reason = ReminderMail.Reason.CANDIDATE_GROUP;
            }
            deliver(task, ReminderKind.REMINDER, leadTime.toString(), recipients, reason, String.join(", ", groups));
        });
    }

    /**
     * Tells the managers of the entity responsible for an overdue task, once per week overdue: the lead
     * entity, else the entity of the task's candidate groups; all managers for a bare-role group.
     */
    public void escalate(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        schedule.overdueWeek(task.getDueDate()).ifPresent(week -> {
            List<String> managerGroups = managerGroups(task);
            // the footer names the entities ("a manager of DPO"), not their groups ("DPO_MANAGER")
            List<String> entities = managerGroups.stream().flatMap(group -> WorkflowGroups.parse(group).stream())
                    .map(WorkflowGroups.Membership::entityCode).filter(Objects::nonNull).toList();
            deliver(task, ReminderKind.ESCALATION, "week " + week, users.findInGroups(managerGroups),
                    ReminderMail.Reason.MANAGER, String.join(", ", entities));
        });
    }

    /**
     * Asks the managers who may decide on a mandate that a renewal left out to close or keep it, once per
     * renewal and person: those of its lead entity, before triage those of its addressed entities (all
     * managers when none has any), as who may decide is ruled in the register. A mandate decided meanwhile
     * is left alone.
     */
    public void askToCloseOrKeep(long mandateId) {
        Optional<Mandate> found = mandates.findForBackgroundJob(mandateId);
        if (found.isEmpty() || found.get().leftOutBy() == null || !found.get().status().isOpen()) {
            return;
        }
        Mandate mandate = found.get();
        List<String> entities = mandate.ownerEntity() != null ? List.of(mandate.ownerEntity())
                : mandate.addressees().stream().filter(users::hasActiveManagers).toList();
        List<String> groups = entities.isEmpty() ? List.of(Role.MANAGER.name())
                : entities.stream().map(entity -> WorkflowGroups.of(entity, Role.MANAGER)).toList();
        List<String> failures = new ArrayList<>();
        for (UserAccount manager : users.findInGroups(groups)) {
            if (manager.email() == null) {
                log.info("{} has no e-mail address; not asked to close or keep mandate {}", manager.username(), mandateId);
                continue;
            }
            ReminderKey key = new ReminderKey(LEFT_OUT_SEND_LOG_TASK + mandateId, ReminderKind.LEFT_OUT,
                    mandate.leftOutBy(), manager.username());
            sender.sendOnce(key, manager, mandateId, mandate.due() == null ? null : mandate.due().date(),
                    mail.composeLeftOut(mandate, manager, entities)).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new ReminderDeliveryException("Could not ask to close or keep mandate " + mandateId + ": "
                    + String.join("; ", failures));
        }
    }

    /** The send log, newest first: all of it for admins, one's own otherwise (the latest 500). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Reminder> visibleReminders() {
        UserAccount user = currentUser.require();
        List<ReminderRecord> found = user.hasRole(Role.ADMIN)
                ? records.findAllByOrderByCreatedAtDescIdDesc(LATEST)
                : records.findByRecipientOrderByCreatedAtDescIdDesc(user.username(), LATEST);
        return found.stream().map(ReminderRecord::toReminder).toList();
    }

    private void deliver(Task task, ReminderKind kind, String occasion, List<UserAccount> recipients,
                         ReminderMail.Reason reason, String group) {
        Long mandateId = (Long) tasks.getVariable(task.getId(), MandateProcesses.VAR_MANDATE_ID);
        Optional<Mandate> mandate = mandateId == null ? Optional.empty() : mandates.findForBackgroundJob(mandateId);
        if (mandate.isEmpty()) {
            log.warn("Task {} belongs to no stored mandate; no {} sent", task.getId(), kind);
            return;
        }
        LocalDate due = task.getDueDate().toInstant().atZone(workflow.zone()).toLocalDate();
        ReminderMail.Subject about = new ReminderMail.Subject(kind, task.getName(), task.getTaskDefinitionKey(), due,
                schedule.overdueWeek(task.getDueDate()).isPresent(), task.getAssignee(), mandate.get(), reason, group);
        List<String> failures = new ArrayList<>();
        for (UserAccount recipient : recipients) {
            if (recipient.email() == null) {
                log.info("{} has no e-mail address; no {} for task {}", recipient.username(), kind, task.getId());
                continue;
            }
            if (recipient.reminderDelivery() == ReminderDelivery.DAILY_DIGEST) {
                continue; // their daily digest lists the task
            }
            ReminderKey key = new ReminderKey(task.getId(), kind, occasion, recipient.username());
            sender.sendOnce(key, recipient, mandateId, due, mail.compose(about, recipient)).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new ReminderDeliveryException("Could not send " + kind + " of task " + task.getId() + " to "
                    + String.join("; ", failures));
        }
    }

    private List<String> managerGroups(Task task) {
        Object leadEntity = tasks.getVariable(task.getId(), MandateProcesses.VAR_LEAD_ENTITY);
        if (leadEntity instanceof String entity) {
            return List.of(WorkflowGroups.of(entity, Role.MANAGER));
        }
        return candidateGroups(task).stream()
                .flatMap(group -> WorkflowGroups.parse(group).stream())
                .map(membership -> membership.entityCode() == null ? Role.MANAGER.name()
                        : WorkflowGroups.of(membership.entityCode(), Role.MANAGER))
                .distinct()
                .toList();
    }

    private List<String> candidateGroups(Task task) {
        return CandidateGroups.of(tasks, task.getId());
    }
}
