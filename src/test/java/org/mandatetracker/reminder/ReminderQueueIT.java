package org.mandatetracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.AssignedReports;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without an SMTP server (the embedded default) reminders are kept as queued, and
 * {@code GET /api/reminders} shows them: to admins all, to others their own.
 */
@IntegrationTest
class ReminderQueueIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    ObjectMapper json;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void withoutSmtpServerTheReminderAndTheEscalationAreQueuedAndListedForTheirRecipientsAndAdmins() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        String processId = overdueReport(symbol);

        fire(processId, "BoundaryEvent_PrepareReportOverdue", "ServiceTask_EscalatePrepareReport");
        fire(processId, "BoundaryEvent_PrepareReportReminderDue", "ServiceTask_SendPrepareReportReminder");

        List<JsonNode> managers = remindersAbout(symbol, "manager");
        assertThat(managers).singleElement().satisfies(entry -> {
            assertThat(entry.get("recipient").asText()).isEqualTo("manager");
            assertThat(entry.get("kind").asText()).isEqualTo("ESCALATION");
            assertThat(entry.get("status").asText()).isEqualTo("QUEUED");
            assertThat(entry.get("subject").asText()).startsWith("Overdue: Prepare report for " + symbol);
            assertThat(entry.get("due").asText()).isEqualTo("2021-08-19");
            assertThat(entry.get("attempts").asInt()).isZero();
            assertThat(entry.get("sentAt").isNull()).isTrue();
        });
        assertThat(remindersAbout(symbol, "staff")).as("the focal point's catch-up reminder, not the escalation")
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("kind").asText()).isEqualTo("REMINDER");
                    assertThat(entry.get("occasion").asText()).isEqualTo("P1D");
                    assertThat(entry.get("status").asText()).isEqualTo("QUEUED");
                });
        assertThat(remindersAbout(symbol, "admin")).extracting(entry -> entry.get("recipient").asText())
                .contains("manager", "staff");
    }

    private void fire(String processId, String boundaryEventId, String serviceTaskId) {
        management.executeJob(management.createJobQuery().processInstanceId(processId).activityId(boundaryEventId)
                .timers().singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(processId).activityId(serviceTaskId)
                .messages().singleResult().getId());
    }

    private List<JsonNode> remindersAbout(String symbol, String username) throws IOException {
        HttpResponse<String> response = client.getWithBasic("/api/reminders", username, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .filter(entry -> entry.get("subject").asText().contains(symbol)).toList();
    }

    /** Seed 000 assigned to DPO: its draft was due on 19 August 2021, long overdue. */
    private String overdueReport(String symbol) throws IOException {
        return AssignedReports.importAndAssign(client, json, symbol, "staff").get("processInstanceId").asText();
    }
}
