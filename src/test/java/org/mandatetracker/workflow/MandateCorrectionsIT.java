package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.security.NewUser;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A manager corrects a mandate's due date or kind through the API, with a reason, and the running
 * process follows; the mandate's history lists it beside the workflow's steps.
 */
@IntegrationTest
class MandateCorrectionsIT {

    private static final String PASSWORD = "demo";
    private static final String OTHER_PASSWORD = "a-long-passphrase";
    private static final LocalDate CORRECTED_DUE = LocalDate.of(2027, 3, 15);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    WorkflowProperties properties;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void aCorrectedDueDateMovesTheProcessVariablesAndTheOpenTaskAndIsInTheHistory() throws IOException {
        long mandateId = importAssignedReportMandate();

        HttpResponse<String> corrected = correct(mandateId, "due",
                "{\"date\": \"" + CORRECTED_DUE + "\", \"reason\": \"The Council moved the report to March\"}",
                "manager", PASSWORD);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(json.readTree(corrected.body()).get("mandate").get("due").get("date").asText())
                .isEqualTo(CORRECTED_DUE.toString());
        Task prepare = onlyOpenTask(mandateId);
        assertThat(prepare.getName()).isEqualTo("Prepare report");
        assertThat(prepare.getDueDate()).isEqualTo(startOf(CORRECTED_DUE.minus(properties.reportLeadTime())));
        assertThat(runtime.getVariable(prepare.getProcessInstanceId(), MandateProcesses.VAR_DUE_DATE))
                .isEqualTo(startOf(CORRECTED_DUE));
        assertThat(runtime.getVariable(prepare.getProcessInstanceId(), MandateProcesses.VAR_REVIEW_DUE_DATE))
                .isEqualTo(startOf(CORRECTED_DUE.minus(properties.reviewLeadTime())));

        JsonNode timeline = json.readTree(client.getWithBasic("/api/mandates/" + mandateId + "/history", "staff",
                PASSWORD).body());
        // the register's and the engine's clocks may store different precisions, so only the set is certain
        assertThat(whats(timeline)).contains("Imported", "Task created: Triage mandate", "Lead assigned",
                "Task completed: Triage mandate", "Task created: Prepare report", "Task assigned: Prepare report, to staff",
                "Due date corrected");
        assertThat(StreamSupport.stream(timeline.spliterator(), false).map(entry -> entry.get("occurredAt").asText())
                .map(Instant::parse).toList()).isSorted();
        JsonNode correction = entry(timeline, "Due date corrected");
        assertThat(correction.get("actor").asText()).isEqualTo("manager");
        assertThat(correction.get("detail").asText()).endsWith("→ 2027-03-15: The Council moved the report to March");
        JsonNode assignment = entry(timeline, "Task assigned: Prepare report, to staff");
        assertThat(assignment.get("event").asText()).isEqualTo("ASSIGNED");
        assertThat(assignment.get("taskKey").asText()).isEqualTo(MandateProcesses.TASK_PREPARE_REPORT);
        assertThat(assignment.get("assignee").asText()).isEqualTo("staff");
        assertThat(correction.get("event").asText()).isEqualTo("DUE_CORRECTED");
    }

    @Test
    void aCorrectionWithoutReasonOrWithABadDateIsRefusedAndLeavesNothingBehind() throws IOException {
        long mandateId = importAssignedReportMandate();
        Date dueBefore = onlyOpenTask(mandateId).getDueDate();
        int historyBefore = json.readTree(client.getWithBasic("/api/mandates/" + mandateId + "/history", "manager",
                PASSWORD).body()).size();

        assertThat(correct(mandateId, "due", "{\"date\": \"2027-03-15\"}", "manager", PASSWORD).statusCode())
                .isEqualTo(400);
        assertThat(correct(mandateId, "due", "{\"date\": \"2027-03-15\", \"reason\": \"  \"}", "manager", PASSWORD)
                .statusCode()).isEqualTo(400);
        assertThat(correct(mandateId, "due", "{\"date\": \"3027-03-15\", \"reason\": \"far off\"}", "manager", PASSWORD)
                .statusCode()).isEqualTo(400);
        assertThat(correct(mandateId, "due", "{\"date\": \"2027-03-15\", \"reason\": \"" + "x".repeat(501) + "\"}",
                "manager", PASSWORD).statusCode()).isEqualTo(400);
        assertThat(correct(mandateId, "kind", "{\"kind\": \"SPEECH\", \"reason\": \"why not\"}", "manager", PASSWORD)
                .statusCode()).isEqualTo(400);

        assertThat(onlyOpenTask(mandateId).getDueDate()).isEqualTo(dueBefore);
        assertThat(json.readTree(client.getWithBasic("/api/mandates/" + mandateId + "/history", "manager", PASSWORD)
                .body())).hasSize(historyBefore);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void managersOutsideTheLeadEntityAndStaffMayNotCorrect() throws IOException {
        long mandateId = importAssignedReportMandate();
        String dppaManager = newUser("DPPA", Role.MANAGER);
        String body = "{\"date\": \"2027-03-15\", \"reason\": \"mine now\"}";

        assertThat(correct(mandateId, "due", body, dppaManager, OTHER_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(correct(mandateId, "kind", "{\"kind\": \"ACTION\", \"reason\": \"mine now\"}", dppaManager,
                OTHER_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(correct(mandateId, "due", body, "staff", PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void aCorrectedKindEndsTheProcessAndStartsTheNewKindsWithTheSameLead() throws IOException {
        long mandateId = importAssignedReportMandate();
        String reportProcess = onlyOpenTask(mandateId).getProcessInstanceId();

        HttpResponse<String> corrected = correct(mandateId, "kind",
                "{\"kind\": \"ACTION\", \"reason\": \"No report is asked, only action\"}", "manager", PASSWORD);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode mandate = json.readTree(corrected.body()).get("mandate");
        assertThat(mandate.get("kind").asText()).isEqualTo("ACTION");
        assertThat(mandate.get("status").asText()).as("still open (its 2021 date has passed): the ended process did not close it")
                .isEqualTo("OVERDUE");
        Task plan = onlyOpenTask(mandateId);
        assertThat(plan.getTaskDefinitionKey()).isEqualTo(MandateProcesses.TASK_PLAN_AND_IMPLEMENT);
        assertThat(plan.getAssignee()).isEqualTo("staff");
        assertThat(plan.getProcessInstanceId()).isNotEqualTo(reportProcess).isEqualTo(mandate.get("processInstanceId").asText());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(reportProcess).singleResult()
                .getDeleteReason()).isEqualTo("Kind corrected from Report to Action: No report is asked, only action");

        JsonNode timeline = json.readTree(client.getWithBasic("/api/mandates/" + mandateId + "/history", "manager",
                PASSWORD).body());
        assertThat(whats(timeline)).contains("Kind corrected", "Task ended: Prepare report",
                "Task created: Plan and implement");
        assertThat(entry(timeline, "Kind corrected").get("detail").asText())
                .isEqualTo("Report → Action: No report is asked, only action");
    }

    @Test
    void aCorrectedDueDateLeavesAnOpenProgressReportItsOwnDueDate() throws IOException {
        long mandateId = importAssignedReportMandate();
        assertThat(correct(mandateId, "kind", "{\"kind\": \"ACTION\", \"reason\": \"An action, not a report\"}",
                "manager", PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> requested = client.sendJson("POST", "/api/mandates/" + mandateId + "/progress-request", "",
                "manager", PASSWORD);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        Date progressDue = openTask(mandateId, MandateProcesses.TASK_REPORT_PROGRESS).getDueDate();

        assertThat(correct(mandateId, "due", "{\"date\": \"" + CORRECTED_DUE + "\", \"reason\": \"Moved to March\"}",
                "manager", PASSWORD).statusCode()).isEqualTo(200);

        assertThat(openTask(mandateId, MandateProcesses.TASK_PLAN_AND_IMPLEMENT).getDueDate())
                .isEqualTo(startOf(CORRECTED_DUE));
        assertThat(openTask(mandateId, MandateProcesses.TASK_REPORT_PROGRESS).getDueDate())
                .as("due follow-up-time after it opened, whatever the mandate's date").isNotNull().isEqualTo(progressDue);
    }

    private long importAssignedReportMandate() throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(client,
                TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long mandateId = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(candidate -> "25".equals(candidate.get("paragraph").asText()))
                .findFirst().orElseThrow().get("id").asLong();
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return mandateId;
    }

    private HttpResponse<String> correct(long mandateId, String what, String body, String username, String password) {
        return client.sendJson("PUT", "/api/mandates/" + mandateId + "/" + what, body, username, password);
    }

    private Task onlyOpenTask(long mandateId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(mandateId)).singleResult();
    }

    private Task openTask(long mandateId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(mandateId))
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(properties.zone()).toInstant());
    }

    private String newUser(String entity, Role role) {
        String username = entity.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, role + " of " + entity, null, entity, Set.of(role), OTHER_PASSWORD));
        return username;
    }

    private static List<String> whats(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).map(entry -> entry.get("what").asText()).toList();
    }

    private static JsonNode entry(JsonNode timeline, String what) {
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(entry -> what.equals(entry.get("what").asText())).findFirst().orElseThrow();
    }
}
