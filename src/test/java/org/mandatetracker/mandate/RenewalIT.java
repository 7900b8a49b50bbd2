package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.UnmissPair;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.workflow.MandateProcesses;
import org.mandatetracker.workflow.WorkflowProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renewals on the real UNMISS pair, S/RES/2677 (2023) renewed by S/RES/2729 (2024), each under a number
 * no earlier run used (the later one naming the earlier by its new number, as the original does).
 */
@IntegrationTest
class RenewalIT {

    private static final String PASSWORD = "demo";
    /** The later resolution's paragraph → the earlier paragraph it repeats, for each reporting request. */
    private static final Map<String, String> REPEATED_REPORTS = Map.of("3", "3", "22", "29", "24", "32");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService camundaTasks;
    @Autowired
    ManagementService camundaJobs;
    @Autowired
    WorkflowProperties workflow;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    /** Where to import the text under {@code symbol}, with the other parameters given, e.g. {@code "&renewals=accept"}. */
    private static String importPath(String symbol, String parameters) {
        return "/api/documents?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8) + parameters;
    }

    /** {@code POST} of the text to {@code path} as {@code manager}: the answer's mandates. */
    private JsonNode importedMandates(String text, String path) throws IOException {
        HttpResponse<String> response = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)), "manager", PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(path.contains("dryRun") ? 200 : 201);
        return json.readTree(response.body()).get("mandates");
    }

    /** Paragraph → mandate id of an import's answer. */
    private Map<String, Long> imported(UnmissPair pair) throws IOException {
        return StreamSupport.stream(importedMandates(pair.earlierText(), importPath(pair.earlierSymbol(), ""))
                        .spliterator(), false)
                .collect(Collectors.toMap(mandate -> mandate.get("paragraph").asText(), mandate -> mandate.get("id").asLong(),
                        (first, second) -> first));
    }

    private static JsonNode mandateAt(JsonNode mandates, String paragraph) {
        return StreamSupport.stream(mandates.spliterator(), false)
                .filter(mandate -> paragraph.equals(mandate.get("paragraph").asText())).findFirst().orElseThrow();
    }

    private int runningProcesses(long mandateId) {
        return jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and PARENT_ID_ is null",
                Integer.class, String.valueOf(mandateId));
    }

    @Test
    void theDryRunProposesEveryRepeatedReportingRequestWithItsReasons() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);

        JsonNode proposed = importedMandates(pair.laterText(), "/api/documents?dryRun=true");

        REPEATED_REPORTS.forEach((laterParagraph, earlierParagraph) -> {
            JsonNode best = mandateAt(proposed, laterParagraph).get("renewalOf").get(0);
            assertThat(best.get("mandateId").asLong()).as("para. " + laterParagraph).isEqualTo(earlier.get(earlierParagraph));
            assertThat(best.get("paragraph").asText()).isEqualTo(earlierParagraph);
            assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(best.get("reasons").toString()).contains("UNMISS");
        });
        assertThat(runningProcesses(earlier.get("32"))).isEqualTo(1);
    }

    @Test
    void acceptingTheRenewalsLeavesOneRunningProcessPerReportWithTheLeadItHad() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + earlier.get("32") + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

        JsonNode later = importedMandates(pair.laterText(), importPath(pair.laterSymbol(), "&renewals=accept"));

        REPEATED_REPORTS.forEach((laterParagraph, earlierParagraph) -> {
            JsonNode renewal = mandateAt(later, laterParagraph);
            long predecessor = earlier.get(earlierParagraph);
            assertThat(renewal.get("renews").asLong()).isEqualTo(predecessor);
            assertThat(runningProcesses(predecessor)).as("the earlier para. " + earlierParagraph).isZero();
            assertThat(runningProcesses(renewal.get("id").asLong())).as("the renewal").isEqualTo(1);
            assertThat(jdbc.queryForObject("select status from mandate where id = ?", String.class, predecessor))
                    .isEqualTo("SUPERSEDED");
        });
        long report = mandateAt(later, "24").get("id").asLong();
        assertThat(jdbc.queryForMap("select owner_entity, focal_point from mandate where id = ?", report))
                .containsEntry("OWNER_ENTITY", "DPO").containsEntry("FOCAL_POINT", "staff");
        assertThat(jdbc.queryForObject("select end_date from mandate where id = ?", Date.class, report))
                .as("the reports every 90 days end with the extension of UNMISS").hasToString("2025-04-30");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'EndEvent_Superseded'"
                + " and PROC_INST_ID_ in (select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ?)", Integer.class,
                String.valueOf(earlier.get("32")))).as("ended at Superseded").isEqualTo(1);
        List<String> staffReportTasks = jdbc.queryForList("select PROC_INST_ID_ from ACT_RU_TASK where ASSIGNEE_ = 'staff'"
                + " and PROC_INST_ID_ in (select PROC_INST_ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ in (?, ?))",
                String.class, String.valueOf(earlier.get("32")), String.valueOf(report));
        assertThat(staffReportTasks).containsExactly(mandateAt(later, "24").get("processInstanceId").asText());
        assertThat(jdbc.queryForObject("select count(*) from mandate_event where mandate_id = ? and kind = 'SUPERSEDED'",
                Integer.class, earlier.get("32"))).isEqualTo(1);
    }

    @Test
    void aReportInReviewIsStillInReviewWithTheSameManagerUnderItsRenewalDueOnTheRenewalsDate() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        long earlier = imported(pair).get("32");
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + earlier + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        String earlierProcess = jdbc.queryForObject("select process_instance_id from mandate where id = ?", String.class,
                earlier);
        Task draft = camundaTasks.createTaskQuery().processInstanceId(earlierProcess).singleResult();
        assertThat(client.sendJson("POST", "/api/tasks/" + draft.getId() + "/complete", "{}", "staff", PASSWORD)
                .statusCode()).isEqualTo(204);
        Task review = camundaTasks.createTaskQuery().processInstanceId(earlierProcess).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(MandateProcesses.TASK_REVIEW_REPORT);
        assertThat(client.sendJson("POST", "/api/tasks/" + review.getId() + "/claim", null, "manager", PASSWORD)
                .statusCode()).isEqualTo(200);

        JsonNode renewal = mandateAt(importedMandates(pair.laterText(), importPath(pair.laterSymbol(), "&renewals=accept")),
                "24");

        long successor = renewal.get("id").asLong();
        assertThat(runningProcesses(earlier) + runningProcesses(successor)).as("one process for the report").isEqualTo(1);
        Task continued = camundaTasks.createTaskQuery().processInstanceId(renewal.get("processInstanceId").asText())
                .singleResult();
        assertThat(continued.getTaskDefinitionKey()).as("not prepared again").isEqualTo(MandateProcesses.TASK_REVIEW_REPORT);
        assertThat(continued.getAssignee()).isEqualTo("manager");
        LocalDate reportingDate = jdbc.queryForObject("select due_date from mandate where id = ?", Date.class, successor)
                .toLocalDate();
        assertThat(jdbc.queryForObject("select due_date from mandate where id = ?", Date.class, earlier).toLocalDate())
                .as("the renewal's date is another").isNotEqualTo(reportingDate);
        assertThat(continued.getDueDate().toInstant().atZone(workflow.zone()).toLocalDate())
                .as("the review is due its lead time before the renewal's reporting date")
                .isEqualTo(reportingDate.minus(workflow.reviewLeadTime()));
        for (String timer : List.of("BoundaryEvent_ReviewReportReminderDue", "BoundaryEvent_ReviewReportOverdue")) {
            assertThat(camundaJobs.createJobQuery().processInstanceId(continued.getProcessInstanceId()).timers()
                    .activityId(timer).count()).as("its reminders run on: " + timer).isEqualTo(1);
        }
        assertThat(camundaJobs.createJobQuery().processInstanceId(earlierProcess).count()).as("the earlier's stopped").isZero();
    }

    @Test
    void whatTheRenewalLeavesOutIsFlaggedUntilItsManagersCloseOrKeepIt() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);
        importedMandates(pair.laterText(), importPath(pair.laterSymbol(), "&renewals=accept"));
        long dropped = earlier.get("30");
        long kept = earlier.get("24");
        for (long leftOut : List.of(dropped, kept)) {
            assertThat(jdbc.queryForObject("select left_out_by from mandate where id = ?", String.class, leftOut))
                    .isEqualTo(pair.laterSymbol());
        }
        assertThat(leftOutInTheRegister(pair)).as("the register's filter").contains(dropped, kept)
                .doesNotContain(earlier.get("32"));

        HttpResponse<String> closed = client.sendJson("POST", "/api/mandates/" + dropped + "/left-out?close=true", null,
                "manager", PASSWORD);
        HttpResponse<String> keptAnswer = client.sendJson("POST", "/api/mandates/" + kept + "/left-out?close=false", null,
                "manager", PASSWORD);

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(keptAnswer.statusCode()).as(keptAnswer.body()).isEqualTo(200);
        assertThat(runningProcesses(dropped)).isZero();
        assertThat(jdbc.queryForObject("select status from mandate where id = ?", String.class, dropped))
                .isEqualTo("SUPERSEDED");
        assertThat(runningProcesses(kept)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select left_out_by from mandate where id = ?", String.class, kept)).isNull();
        assertThat(client.sendJson("POST", "/api/mandates/" + kept + "/left-out?close=true", null, "manager", PASSWORD)
                .statusCode()).as("decided once").isEqualTo(409);
        assertThat(leftOutInTheRegister(pair)).as("decided, no longer to decide").doesNotContain(dropped, kept);
    }

    /** The ids the register lists under "left out by a renewal" among the earlier resolution's mandates. */
    private List<Long> leftOutInTheRegister(UnmissPair pair) throws IOException {
        JsonNode listed = json.readTree(client.getWithBasic("/api/mandates?leftOut=true&q=" + pair.earlierNumber(), "staff",
                PASSWORD).body());
        return StreamSupport.stream(listed.spliterator(), false).map(mandate -> mandate.get("id").asLong()).toList();
    }

    @Test
    void withoutAcceptingBothKeepTheirOwnFollowUp() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);

        JsonNode later = importedMandates(pair.laterText(), importPath(pair.laterSymbol(), ""));

        assertThat(mandateAt(later, "24").has("renews")).isFalse();
        assertThat(runningProcesses(earlier.get("32"))).isEqualTo(1);
        assertThat(runningProcesses(mandateAt(later, "24").get("id").asLong())).isEqualTo(1);
    }

    @Test
    void oneRenewalAcceptedByItsCorrectionOthersRejectedAndTheChainReadBothWays() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);
        JsonNode proposed = importedMandates(pair.laterText(), "/api/documents?dryRun=true");
        int index = indexOf(proposed, "24");
        String corrections = "[{\"index\": " + index + ", \"paragraph\": \"24\", \"renews\": " + earlier.get("32") + "}]";

        HttpResponse<String> response = client.postFile(importPath(pair.laterSymbol(), ""), "renewal.txt", pair.laterText().getBytes(),
                corrections, "manager", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode later = json.readTree(response.body()).get("mandates");
        assertThat(mandateAt(later, "24").get("renews").asLong()).isEqualTo(earlier.get("32"));
        assertThat(mandateAt(later, "22").has("renews")).isFalse();
        assertThat(runningProcesses(earlier.get("29"))).isEqualTo(1);
        JsonNode chain = json.readTree(client.getWithBasic("/api/mandates/" + earlier.get("32") + "/lineage", "staff",
                PASSWORD).body());
        assertThat(chain).extracting(link -> link.get("id").asLong())
                .containsExactly(earlier.get("32"), mandateAt(later, "24").get("id").asLong());
        String earlierNumber = pair.earlierNumber();
        JsonNode current = json.readTree(client.getWithBasic("/api/mandates?q=" + earlierNumber, "staff", PASSWORD).body());
        assertThat(current).extracting(mandate -> mandate.get("id").asLong())
                .contains(earlier.get("29")).doesNotContain(earlier.get("32"));
        JsonNode chains = json.readTree(client.getWithBasic("/api/mandates?chains=true&q=" + earlierNumber, "staff",
                PASSWORD).body());
        assertThat(chains).extracting(mandate -> mandate.get("id").asLong()).contains(earlier.get("29"), earlier.get("32"));
    }

    @Test
    void acceptingAMandateThatIsNotProposedStoresNothing() throws IOException {
        UnmissPair pair = UnmissPair.fresh();
        Map<String, Long> earlier = imported(pair);
        JsonNode proposed = importedMandates(pair.laterText(), "/api/documents?dryRun=true");
        int documents = jdbc.queryForObject("select count(*) from imported_document", Integer.class);
        String corrections = "[{\"index\": " + indexOf(proposed, "24") + ", \"paragraph\": \"24\", \"renews\": "
                + earlier.get("1") + "}]";

        HttpResponse<String> response = client.postFile(importPath(pair.laterSymbol(), ""), "renewal.txt", pair.laterText().getBytes(),
                corrections, "manager", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("is not proposed");
        assertThat(jdbc.queryForObject("select count(*) from imported_document", Integer.class)).isEqualTo(documents);
        assertThat(runningProcesses(earlier.get("1"))).isEqualTo(1);
    }

    private static int indexOf(JsonNode mandates, String paragraph) {
        for (int index = 0; index < mandates.size(); index++) {
            if (paragraph.equals(mandates.get(index).get("paragraph").asText())) {
                return index;
            }
        }
        throw new AssertionError("no paragraph " + paragraph);
    }
}
