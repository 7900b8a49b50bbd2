package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * database: an escalation that either node's job executor may run reaches its recipient once. (An H2 file cannot be shared by
 * two processes, so this runs on MariaDB only.)
 */
@EnabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class TwoNodesReminderIT {

    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(90);
    /** How long to keep watching for a second copy once the first arrived. */
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(15);

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
            // overdue since 2021: the manager's escalation at once (the focal point's first reminder check is a day later)
            try {
                AssignedReports.importAndAssign(new WebClientSession(first.port()), new ObjectMapper(), symbol, "staff");
            } catch (AssertionError refused) {
                throw new AssertionError(refused.getMessage() + "\n--- first node's log ---\n" + errorsOf(first.log()), refused);
            }

            Instant deadline = Instant.now().plus(DELIVERY_LIMIT);
            while (about(symbol).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            Thread.sleep(QUIET_PERIOD.toMillis());

            assertThat(about(symbol)).as("to whom, about " + symbol).containsExactly("manager@example.org");
        }
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
