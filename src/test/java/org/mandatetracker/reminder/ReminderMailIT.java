package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mandatetracker.AssignedReports;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.MutableClock;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.UnmissPair;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.reminder.internal.ReminderKey;
import org.mandatetracker.reminder.internal.ReminderRecord;
import org.mandatetracker.reminder.internal.SendLog;
import org.mandatetracker.security.Language;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.ReminderDelivery;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.mandatetracker.workflow.MandateProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders and escalations through a real SMTP server (GreenMail), on the days they are about: the
 * report of seed 000 is due on 30 September 2021, so its draft on 19 August 2021. Timers are fired
 * by hand (the job executor is off), the clock is set for each step.
 */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ReminderMailIT {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final String PASSWORD = "demo";
    private static final String PREPARE = "PrepareReport";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @TestConfiguration
    static class Today {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Clock.systemUTC().instant(), ZONE);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    ReminderService reminders;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    SendLog sendLog;
    @Autowired
    ObjectMapper json;
    private WebClientSession client;

    @BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        client = new WebClientSession(port);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
        clock.set(Instant.now());
    }

    @Test
    void theFocalPointIsRemindedOnceAtEachLeadTime() throws Exception {
        String processId = reportAssignedOn("2021-07-01T09:00", "staff");

        for (String day : List.of("2021-07-21T09:00", "2021-07-22T09:00", "2021-08-12T09:00", "2021-08-18T09:00", "2021-08-18T17:00")) {
            setClock(day);
            fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");
        }

        MimeMessage[] received = MAIL.getReceivedMessagesForDomain("example.org");
        assertThat(received).extracting(message -> message.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsOnly("staff@example.org").hasSize(3);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).startsWith("Reminder: Prepare report for S/RES/").contains("para. 25", "19 August 2021");
        Map<String, String> parts = textParts(first);
        assertThat(parts).containsOnlyKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).contains("Dear Sam Staff,", "Paragraph: 25",
                "Open the mandate: http://localhost:8080/mandates/", "Open your tasks: http://localhost:8080/tasks",
                "assigned to you");
        assertThat(parts.get("text/html")).contains("<a href=\"http://localhost:8080/tasks\">");
        assertThat(entriesOf(processId)).extracting(Reminder::occasion, Reminder::status).containsExactlyInAnyOrder(
                tuple("P30D", ReminderStatus.SENT), tuple("P7D", ReminderStatus.SENT), tuple("P1D", ReminderStatus.SENT));
    }

    @Test
    void aTaskAssignedAfterTwoLeadTimesGetsOneCatchUpReminderForTheNearest() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");

        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");

        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(occasionsOf(processId)).containsExactly("P7D");
    }

    @Test
    void aTaskAssignedOverdueRemindsItsAssigneeOnceThatItIsLate() throws Exception {
        String processId = reportAssignedOn("2021-09-01T09:00", "staff");

        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(textParts(received[0]).get("text/plain"))
                .contains("The task \"Prepare report\" was due on 19 August 2021 and is not done yet.");
        assertThat(occasionsOf(processId)).containsExactly("P1D");
    }

    @Test
    void aNewAssigneeIsRemindedInFrenchAndTheFormerOneNotAgain() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");
        String colleague = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(colleague, "Camille Collègue", colleague + "@example.org", "DPO", Set.of(Role.STAFF),
                "a-long-passphrase"));
        users.setLanguage(colleague, Language.FR);
        MAIL.purgeEmailFromAllMailboxes();

        HttpResponse<String> reassigned = client.sendJson("PUT", "/api/mandates/" + mandateOf(processId) + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"" + colleague + "\"}", "manager", PASSWORD);
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        Job reminderTimer = timer(processId, "BoundaryEvent_" + PREPARE + "ReminderDue");
        assertThat(reminderTimer.getDuedate()).as("moved to now").isEqualTo(ClockUtil.getCurrentTime());
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(colleague + "@example.org");
        assertThat(received[0].getSubject()).startsWith("Rappel : Préparer").contains("19 août 2021");
    }

    @Test
    void overdueWorkEscalatesToTheManagersOnTheFirstDayThenWeekly() throws Exception {
        String processId = reportAssignedOn("2021-08-01T09:00", "staff");

        for (String day : List.of("2021-08-20T08:00", "2021-08-21T08:00", "2021-08-27T08:00")) {
            setClock(day);
            fire(processId, "BoundaryEvent_" + PREPARE + "Overdue", "ServiceTask_Escalate" + PREPARE);
        }

        List<MimeMessage> toManager = Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipient(message).equals("manager@example.org")).toList();
        assertThat(toManager).hasSize(2);
        assertThat(toManager.get(0).getSubject()).startsWith("Overdue: Prepare report");
        assertThat(textParts(toManager.get(0)).get("text/plain")).contains("a manager of DPO, the entity responsible")
                .doesNotContain("DPO_MANAGER");
    }

    @Test
    void aFailedSendIsRetriedByTheJobAndThenSentOnce() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        int smtpPort = mailSender.getPort();
        mailSender.setPort(unusedPort());
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", null);
        Job send = job(processId, "ServiceTask_Send" + PREPARE + "Reminder");
        try {
            assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Could not send");
        } finally {
            mailSender.setPort(smtpPort);
        }
        Job retried = job(processId, "ServiceTask_Send" + PREPARE + "Reminder");
        assertThat(retried.getRetries()).as("R5/PT5M: four retries left").isEqualTo(4);
        assertThat(entriesOf(processId)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ReminderStatus.FAILED);
            assertThat(entry.lastError()).isNotBlank();
        });

        management.executeJob(retried.getId());
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");

        assertThat(MAIL.getReceivedMessages()).as("sent once, not again by the next check").hasSize(1);
        assertThat(entriesOf(processId)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ReminderStatus.SENT);
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.sentAt()).isNotNull();
        });
    }

    @Test
    void aSendThatFailsOnEveryRetryBecomesAnIncidentInCockpit() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        int smtpPort = mailSender.getPort();
        mailSender.setPort(unusedPort());
        try {
            fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", null);
            // R5/PT5M: the first attempt and four retries
            for (int attempt = 1; attempt <= 5; attempt++) {
                String jobId = job(processId, "ServiceTask_Send" + PREPARE + "Reminder").getId();
                assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("Could not send");
            }
        } finally {
            mailSender.setPort(smtpPort);
        }

        assertThat(job(processId, "ServiceTask_Send" + PREPARE + "Reminder").getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(processId).singleResult().getIncidentMessage())
                .contains("Could not send");
        assertThat(entriesOf(processId)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(ReminderStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(5);
        });
    }

    @Test
    void aReminderLeftSendingByACrashIsNotSentAgainAfterTheRestart() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", null);
        Task prepare = tasks.createTaskQuery().processInstanceId(processId).singleResult();
        // what a node that died between handing the message to the SMTP server and recording it leaves behind
        ReminderKey key = new ReminderKey(prepare.getId(), ReminderKind.REMINDER, "P7D", "staff");
        sendLog.claim(new ReminderRecord(key, "staff@example.org", mandateOf(processId), null, "Reminder",
                ReminderStatus.SENDING, clock.instant()), key, true);

        management.executeJob(job(processId, "ServiceTask_Send" + PREPARE + "Reminder").getId());

        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(entriesOf(processId)).extracting(Reminder::status).containsExactly(ReminderStatus.SENDING);
    }

    @Test
    void completingTheTaskStopsItsReminders() throws Exception {
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        Task prepare = tasks.createTaskQuery().processInstanceId(processId).singleResult();

        HttpResponse<String> completed = client.sendJson("POST", "/api/tasks/" + prepare.getId() + "/complete", "{}",
                "staff", PASSWORD);

        assertThat(completed.statusCode()).isEqualTo(204);
        assertThat(timer(processId, "BoundaryEvent_" + PREPARE + "ReminderDue")).isNull();
        assertThat(timer(processId, "BoundaryEvent_" + PREPARE + "Overdue")).isNull();
    }

    @Test
    void whoChoseTheDailyDigestGetsOneADayAtTheHourInTheirZoneInsteadOfSingleReminders() throws Exception {
        String focalPoint = digestTaker("staff", Role.STAFF);
        String processId = reportAssignedOn("2021-08-15T09:00", focalPoint);
        fire(processId, "BoundaryEvent_" + PREPARE + "ReminderDue", "ServiceTask_Send" + PREPARE + "Reminder");
        assertThat(MAIL.getReceivedMessages()).as("no single reminder").isEmpty();

        runDigestJobAt("2021-08-16T04:30:00Z"); // 06:30 in Zurich: before the digest hour, 7
        assertThat(receivedBy(focalPoint)).isEmpty();
        runDigestJobAt("2021-08-16T05:00:00Z");
        runDigestJobAt("2021-08-16T06:00:00Z");

        List<MimeMessage> received = receivedBy(focalPoint);
        assertThat(received).as("one a day").hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith("Your deadlines on 16 August 2021: 1 task");
        Map<String, String> parts = textParts(received.get(0));
        assertThat(parts.get("text/plain")).contains("Prepare report for S/RES/", "para. 25, due 19 August 2021",
                "http://localhost:8080/settings", "you chose one e-mail a day");
        assertThat(parts.get("text/html")).contains("<li><a href=\"http://localhost:8080/");

        runDigestJobAt("2021-08-17T05:00:00Z");
        assertThat(receivedBy(focalPoint)).as("the next day's").hasSize(2);
    }

    @Test
    void aManagersDigestAddsTheOverdueMandatesTheirEntityLeads() throws Exception {
        String manager = digestTaker("manager", Role.MANAGER);
        String processId = reportAssignedOn("2021-08-15T09:00", "staff");
        String symbol = (String) runtime.getVariable(processId, MandateProcesses.VAR_TITLE);

        runDigestJobAt("2021-10-05T05:00:00Z");

        List<MimeMessage> toManager = receivedBy(manager);
        assertThat(toManager).hasSize(1);
        assertThat(toManager.get(0).getSubject()).contains("overdue mandate");
        assertThat(textParts(toManager.get(0)).get("text/plain")).contains("overdue mandates DPO leads:",
                symbol.substring(0, symbol.indexOf(" para.")) + " para. 25", "was due 30 September 2021");
    }

    @Test
    void theManagersOfAMandateARenewalLeftOutAreAskedOnceToCloseOrKeepIt() throws Exception {
        UnmissPair pair = UnmissPair.fresh();
        long dropped = pair.importEarlier(client, json).get("30");
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + dropped + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        String processId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(dropped))
                .singleResult().getId();

        pair.importLater(client, json, "&renewals=accept");
        assertThat(receivedBy("manager")).as("not inside the import: the job sends").isEmpty();
        management.executeJob(job(processId, "ServiceTask_AskManagersToCloseOrKeep").getId());
        reminders.askToCloseOrKeep(dropped);

        List<MimeMessage> asked = receivedBy("manager");
        assertThat(asked).as("once").hasSize(1);
        assertThat(asked.get(0).getSubject()).isEqualTo("Close or keep: " + pair.earlierSymbol() + " para. 30, which "
                + pair.laterSymbol() + " does not renew");
        assertThat(textParts(asked.get(0)).get("text/plain")).contains("Dear Maria Manager,",
                pair.laterSymbol() + " renews " + pair.earlierSymbol() + " but not its paragraph 30",
                "Close or keep the mandate: http://localhost:8080/mandates/" + dropped, "a manager of DPO, whose managers decide");
        assertThat(reminders.visibleReminders()).filteredOn(entry -> Long.valueOf(dropped).equals(entry.mandateId())
                        && "manager".equals(entry.recipient()))
                .extracting(Reminder::kind, Reminder::occasion, Reminder::status)
                .containsExactly(tuple(ReminderKind.LEFT_OUT, pair.laterSymbol(), ReminderStatus.SENT));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(processId).count()).as("runs on until decided")
                .isEqualTo(1);
    }

    private static List<MimeMessage> receivedBy(String username) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> recipient(message).equals(username + "@example.org")).toList();
    }

    /** A new person of DPO with the role who chose the daily digest, in Zurich; answers the username. */
    private String digestTaker(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Dana Digest", username + "@example.org", "DPO", Set.of(role),
                "a-long-passphrase"));
        users.setReminderPreferences(username, ReminderDelivery.DAILY_DIGEST, ZoneId.of("Europe/Zurich"));
        return username;
    }

    /** Runs the digest model as the job executor would at that moment: its hourly timer, then the sending job. */
    private void runDigestJobAt(String instant) {
        clock.set(Instant.parse(instant));
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
        management.executeJob(management.createJobQuery().processDefinitionKey("daily-digest").timers()
                .singleResult().getId());
        management.executeJob(management.createJobQuery().processDefinitionKey("daily-digest").messages()
                .singleResult().getId());
    }

    /**
     * Imports seed 000, makes DPO the lead with the focal point, then sets the clock to the given day;
     * answers the report's process. Imported today, so that the triage tasks it leaves open sort after
     * the tasks of other tests.
     */
    private String reportAssignedOn(String day, String focalPoint) throws IOException {
        String processId = AssignedReports.importAndAssign(client, json, TestResolutions.freshSymbol(), focalPoint)
                .get("processInstanceId").asText();
        setClock(day);
        return processId;
    }

    /** Sets the product's clock and the engine's, which computes the timers' next dates. */
    private void setClock(String localDateTime) {
        Instant instant = LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
        clock.set(instant);
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Fires the timer of a boundary event by hand, then (if given) the asynchronous service task it leads to. */
    private void fire(String processId, String boundaryEventId, String serviceTaskId) {
        management.executeJob(timer(processId, boundaryEventId).getId());
        if (serviceTaskId != null) {
            management.executeJob(job(processId, serviceTaskId).getId());
        }
    }

    private Job timer(String processId, String boundaryEventId) {
        return management.createJobQuery().processInstanceId(processId).activityId(boundaryEventId).timers()
                .singleResult();
    }

    private Job job(String processId, String activityId) {
        return management.createJobQuery().processInstanceId(processId).activityId(activityId).messages()
                .singleResult();
    }

    private long mandateOf(String processId) {
        return (Long) tasks.getVariable(tasks.createTaskQuery().processInstanceId(processId).singleResult().getId(),
                MandateProcesses.VAR_MANDATE_ID);
    }

    /** The send log of the mandate, as an admin sees it. */
    private List<Reminder> entriesOf(String processId) {
        long mandateId = mandateOf(processId);
        return reminders.visibleReminders().stream().filter(entry -> Long.valueOf(mandateId).equals(entry.mandateId())).toList();
    }

    private List<String> occasionsOf(String processId) {
        return entriesOf(processId).stream().map(Reminder::occasion).toList();
    }

    /** The text parts of a message by media type, e.g. {@code text/plain}. */
    private static Map<String, String> textParts(Part part) throws MessagingException, IOException {
        Map<String, String> found = new HashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.putAll(textParts(multipart.getBodyPart(i)));
            }
        } else if (part.getContent() instanceof String text) {
            found.put(part.getContentType().split(";")[0].trim().toLowerCase(), text);
        }
        return found;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
