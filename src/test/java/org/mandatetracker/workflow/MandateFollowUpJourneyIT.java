package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
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
 * The journey as a new user tries it: a manager imports the Security Council resolution of
 * seed 000, makes DPO the lead with {@code staff} as focal point; staff sees "Prepare report" due
 * before 30 September 2021, completes it, and the review task appears for the manager.
 */
@IntegrationTest
class MandateFollowUpJourneyIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void aReportMandateGoesFromImportThroughTriageToReview() throws IOException {
        long mandateId = importSeedAndFindReportMandate();

        JsonNode assigned = json.readTree(assignToStaffOfDpo(mandateId).body());
        assertThat(assigned.get("mandate").get("ownerEntity").asText()).isEqualTo("DPO");

        JsonNode prepare = onlyTask("staff", mandateId);
        assertThat(prepare.get("name").asText()).isEqualTo("Prepare report");
        assertThat(prepare.get("assignee").asText()).isEqualTo("staff");
        assertThat(prepare.get("due").asText()).isLessThan("2021-09-30");

        assertThat(complete(prepare, "staff", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> twice = complete(prepare, "staff", "{}");
        assertThat(twice.statusCode()).isEqualTo(409);

        JsonNode review = onlyTask("manager", mandateId);
        assertThat(review.get("name").asText()).isEqualTo("Review and clear report");
        assertThat(StreamSupport.stream(review.get("candidateGroups").spliterator(), false).map(JsonNode::asText))
                .contains("DPO_MANAGER");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void staffOfAnotherEntityNeitherSeesNorCompletesTheTasks() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        String outsider = "ohchr-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(outsider, "Someone at OHCHR", null, "OHCHR", Set.of(Role.STAFF), "a-long-passphrase"));
        JsonNode prepare = onlyTask("staff", mandateId);

        JsonNode visible = json.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, outsider,
                "a-long-passphrase").body());
        HttpResponse<String> completion = client.sendJson("POST", "/api/tasks/" + prepare.get("id").asText() + "/complete",
                "{}", outsider, "a-long-passphrase");

        assertThat(visible).isEmpty();
        assertThat(completion.statusCode()).isEqualTo(403);
        assertThat(client.getWithBasic("/api/mandates/" + mandateId, outsider, "a-long-passphrase").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anUnknownTaskIs404() {
        assertThat(client.sendJson("POST", "/api/tasks/no-such-task/complete", "{}", "staff", PASSWORD).statusCode())
                .isEqualTo(404);
    }

    private long importSeedAndFindReportMandate() throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(client,
                TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(mandate -> "25".equals(mandate.get("paragraph").asText()))
                .findFirst().orElseThrow();
        assertThat(report.get("kind").asText()).isEqualTo("REPORT");
        assertThat(report.get("due").get("date").asText()).isEqualTo("2021-09-30");
        return report.get("id").asLong();
    }

    private HttpResponse<String> assignToStaffOfDpo(long mandateId) {
        HttpResponse<String> response = client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode onlyTask(String username, long mandateId) throws IOException {
        JsonNode tasks = json.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, username, PASSWORD).body());
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private HttpResponse<String> complete(JsonNode task, String username, String variables) {
        return client.sendJson("POST", "/api/tasks/" + task.get("id").asText() + "/complete", variables, username,
                PASSWORD);
    }
}
