package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.AssignedReports;
import org.mandatetracker.RunningJar;
import org.mandatetracker.TestDatabaseProfiles;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;

/**
 * Two application nodes, each the packaged jar with its job executor running, on one MariaDB
 * database: each reminder and escalation reaches its recipient once. (An H2 file cannot be shared by
 * two processes, so this runs on MariaDB only.)
 */
@EnabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class TwoNodesReminderIT {

    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(90);
    /** How long to keep watching for a second copy once the first arrived. */
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(15);
    /** The engine REST API's date format. */
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @TempDir
    Path workingDirectory;

    @Test
    void eachReminderIsDeliveredOnceThoughBothNodesRunJobs() throws Exception {
        Map<String, String> database = Map.of(
                "SPRING_PROFILES_ACTIVE", "mysql",
                "MYSQL_URL", System.getProperty("MYSQL_URL"),
                "MYSQL_USER", System.getProperty("MYSQL_USER"),
                "MYSQL_PASSWORD", System.getProperty("MYSQL_PASSWORD"));
        String[] settings = {"--mandate-tracker.demo-users=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + MAIL.getSmtp().getPort()};
        // one after the other, so that only the first creates the demo users
        try (RunningJar first = RunningJar.start(workingDirectory, database, settings);
             RunningJar second = RunningJar.start(workingDirectory, database, settings)) {
            String symbol = TestResolutions.freshSymbol();
            WebClientSession client = new WebClientSession(first.port());
            String processId;
            try {
                processId = AssignedReports.importAndAssign(client, new ObjectMapper(), symbol, "staff")
                        .get("processInstanceId").asText();
            } catch (AssertionError refused) {
                throw new AssertionError(refused.getMessage() + "\n--- first node's log ---\n" + errorsOf(first.log()), refused);
            }
            // overdue since 2021, so first checked a day after it opened: an admin moves both timers to now, as in Cockpit;
            // then a catch-up reminder for the focal point and an escalation for the manager
            for (String timer : List.of("BoundaryEvent_PrepareReportReminderDue", "BoundaryEvent_PrepareReportOverdue")) {
                dueNow(client, processId, timer);
            }

            Instant deadline = Instant.now().plus(DELIVERY_LIMIT);
            while (about(symbol).size() < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            Thread.sleep(QUIET_PERIOD.toMillis());

            assertThat(about(symbol)).as("to whom, about " + symbol)
                    .containsExactlyInAnyOrder("staff@example.org", "manager@example.org");
        }
    }

    /** Makes the process's timer of the boundary event due now, through the engine's REST API as an admin. */
    private static void dueNow(WebClientSession client, String processId, String boundaryEventId) throws Exception {
        HttpResponse<String> found = client.getWithBasic("/engine-rest/job?timers=true&processInstanceId=" + processId
                + "&activityId=" + boundaryEventId, "admin", "demo");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        String jobId = new ObjectMapper().readTree(found.body()).get(0).get("id").asText();
        HttpResponse<String> moved = client.sendJson("PUT", "/engine-rest/job/" + jobId + "/duedate",
                "{\"duedate\": \"" + DUE_DATE.format(OffsetDateTime.now(ZoneOffset.UTC)) + "\"}", "admin", "demo");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    }

    /** The log's lines from the first error on, to say why a request failed. */
    private static String errorsOf(String log) {
        int firstError = log.indexOf(" ERROR ");
        return firstError < 0 ? "(no error logged)" : log.substring(Math.max(0, log.lastIndexOf('\n', firstError)),
                Math.min(log.length(), firstError + 6000));
    }

    /**
     * The recipients of the messages received about the draft report of the resolution, one entry per
     * message (not its triage's, which is done at once, long before its first reminder check).
     */
    private static List<String> about(String symbol) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> subject(message).contains("Prepare report for " + symbol))
                .map(TwoNodesReminderIT::recipient)
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
