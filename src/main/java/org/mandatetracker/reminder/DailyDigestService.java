package org.mandatetracker.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateOrder;
import org.mandatetracker.mandate.MandateService;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.reminder.internal.ReminderKey;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserAccount;
import org.mandatetracker.security.UserService;
import org.mandatetracker.security.WorkflowGroups;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.WorkflowProperties;
import org.springframework.stereotype.Service;

/**
 * One e-mail a day, for the people who chose it instead of single reminders and escalations: their
 * tasks due within 30 days and overdue, and for managers the overdue mandates their entity leads.
 * The digest model's hourly timer calls it; each person's digest goes out once per day in their zone,
 * from the configured hour on (so a node that was down at that hour sends it at the next run).
 */
@Service
public class DailyDigestService {

    /** The send log's task id for digests, which belong to no task: the key is this, the day and the person. */
    static final String SEND_LOG_TASK = "daily-digest";
    static final int DUE_WITHIN_DAYS = 30;
    /** The most tasks and mandates one digest lists; the task list shows the rest. */
    static final int MOST_LISTED = 50;

    private final TaskService tasks;
    private final MandateService mandates;
    private final UserService users;
    private final ReminderMail mail;
    private final ReminderSender sender;
    private final ReminderProperties properties;
    private final WorkflowProperties workflow;
    private final Clock clock;

    DailyDigestService(TaskService tasks, MandateService mandates, UserService users, ReminderMail mail,
                       ReminderSender sender, ReminderProperties properties, WorkflowProperties workflow, Clock clock) {
        this.tasks = tasks;
        this.mandates = mandates;
        this.users = users;
        this.mail = mail;
        this.sender = sender;
        this.properties = properties;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Sends today's digest to everyone whose digest hour has come and who has something in it. Throws
     * when the SMTP server refused one, so the job retries; those already sent are not sent again.
     */
    public void sendDueDigests() {
        List<String> failures = new ArrayList<>();
        for (UserAccount person : users.findTakingDailyDigest()) {
            if (person.email() == null) {
                continue;
            }
            ZoneId zone = person.zone() == null ? workflow.zone() : person.zone();
            ZonedDateTime now = clock.instant().atZone(zone);
            if (now.getHour() < properties.digestHour()) {
                continue;
            }
            LocalDate today = now.toLocalDate();
            List<ReminderMail.DigestTask> due = tasksOf(person, now);
            List<Mandate> overdue = person.hasRole(Role.MANAGER)
                    ? mandates.firstForBackgroundJob(MandateFilter.ALL.withLeadEntity(person.entityCode())
                            .withStatus(MandateStatus.OVERDUE), MandateOrder.EARLIEST_DUE_FIRST, MOST_LISTED)
                    : List.of();
            if (due.isEmpty() && overdue.isEmpty()) {
                continue;
            }
            ReminderKey key = new ReminderKey(SEND_LOG_TASK, ReminderKind.DIGEST, today.toString(), person.username());
            sender.sendOnce(key, person, null, today, mail.composeDigest(person, today, due, overdue))
                    .ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new ReminderDeliveryException("Could not send daily digests to " + String.join("; ", failures));
        }
    }

    /** The person's own tasks and their groups' unclaimed ones that are due by the end of the 30th day. */
    private List<ReminderMail.DigestTask> tasksOf(UserAccount person, ZonedDateTime now) {
        Date until = Date.from(now.toLocalDate().plusDays(DUE_WITHIN_DAYS + 1L).atStartOfDay(now.getZone()).toInstant());
        List<Task> own = tasks.createTaskQuery().taskAssignee(person.username()).dueBefore(until)
                .orderByDueDate().asc().listPage(0, MOST_LISTED);
        List<Task> offered = tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(WorkflowGroups.of(person)))
                .dueBefore(until).orderByDueDate().asc().listPage(0, MOST_LISTED);
        return Stream.concat(own.stream(), offered.stream())
                .sorted(Comparator.comparing(Task::getDueDate))
                .limit(MOST_LISTED)
                .flatMap(task -> digestTask(task, now).stream())
                .toList();
    }

    private Optional<ReminderMail.DigestTask> digestTask(Task task, ZonedDateTime now) {
        Object mandateId = tasks.getVariable(task.getId(), MandateProcesses.VAR_MANDATE_ID);
        if (!(mandateId instanceof Long id)) {
            return Optional.empty();
        }
        LocalDate due = task.getDueDate().toInstant().atZone(workflow.zone()).toLocalDate();
        boolean overdue = task.getDueDate().toInstant().isBefore(now.toInstant());
        return mandates.findForBackgroundJob(id).map(mandate ->
                new ReminderMail.DigestTask(task.getName(), task.getTaskDefinitionKey(), due, overdue, mandate));
    }
}
