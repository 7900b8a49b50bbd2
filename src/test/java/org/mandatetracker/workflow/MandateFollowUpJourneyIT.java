package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.mandate.MandateEvent;
import org.mandatetracker.mandate.MandateEventKind;
import org.mandatetracker.mandate.MandateService;
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
    private static final String OTHER_PASSWORD = "a-long-passphrase";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;
    @Autowired
    MandateService mandates;
    @Autowired
    TaskService engineTasks;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
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

        List<MandateEvent> history = mandates.history(mandateId);
        assertThat(history).extracting(MandateEvent::kind)
                .containsExactly(MandateEventKind.IMPORTED, MandateEventKind.LEAD_ASSIGNED);
        assertThat(history.get(0).actor()).isEqualTo("manager");
        assertThat(history.get(1).detail()).isEqualTo("DPO, focal point staff");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void staffOfAnotherEntityReadTheMandateButNeitherSeeNorCompleteItsTasks() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        String outsider = newUser("OHCHR");
        JsonNode prepare = onlyTask("staff", mandateId);

        JsonNode visible = json.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, outsider,
                OTHER_PASSWORD).body());
        HttpResponse<String> completion = client.sendJson("POST", "/api/tasks/" + prepare.get("id").asText() + "/complete",
                "{}", outsider, OTHER_PASSWORD);

        assertThat(visible).isEmpty();
        assertThat(completion.statusCode()).isEqualTo(403);
        assertThat(client.getWithBasic("/api/mandates/" + mandateId, outsider, OTHER_PASSWORD).statusCode())
                .as("resolutions are public: anyone signed in reads the mandate").isEqualTo(200);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void reassigningTheOwnerMovesTheOpenTasks() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        String colleague = newUser("DPO");
        String ohchrOfficer = newUser("OHCHR");

        assertThat(assign(mandateId, "DPO", colleague, "manager", PASSWORD).statusCode()).isEqualTo(200);
        JsonNode withColleague = onlyTask(colleague, OTHER_PASSWORD, mandateId);
        assertThat(withColleague.get("assignee").asText()).isEqualTo(colleague);

        String dppaManager = newUser("DPPA", Role.MANAGER);
        assertThat(assign(mandateId, "DPPA", newUser("DPPA"), dppaManager, OTHER_PASSWORD).statusCode())
                .as("a manager of another entity cannot take the mandate over").isEqualTo(403);
        assertThat(onlyTask(colleague, OTHER_PASSWORD, mandateId).get("assignee").asText()).isEqualTo(colleague);

        assertThat(assign(mandateId, "OHCHR", ohchrOfficer, "manager", PASSWORD).statusCode())
                .as("a manager of the lead entity hands the mandate over").isEqualTo(200);
        assertThat(assign(mandateId, "DPO", colleague, "manager", PASSWORD).statusCode())
                .as("once OHCHR leads, DPO's manager cannot take it back").isEqualTo(403);
        JsonNode moved = onlyTask(ohchrOfficer, OTHER_PASSWORD, mandateId);
        assertThat(moved.get("assignee").asText()).isEqualTo(ohchrOfficer);
        assertThat(StreamSupport.stream(moved.get("candidateGroups").spliterator(), false).map(JsonNode::asText))
                .contains("OHCHR_STAFF").doesNotContain("DPO_STAFF");
        assertThat(json.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, "staff", PASSWORD).body()))
                .isEmpty();
    }

    @Test
    void aManagerAsksTheFocalPointOfAnActionForProgress() throws IOException {
        long mandateId = importSeedAndFindMandate("22", "ACTION");
        String progressRequest = "/api/mandates/" + mandateId + "/progress-request";
        assertThat(client.sendJson("POST", progressRequest, null, "admin", PASSWORD).statusCode())
                .as("nothing is being implemented before triage").isEqualTo(409);
        assignToStaffOfDpo(mandateId);

        assertThat(client.sendJson("POST", progressRequest, null, "staff", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(client.sendJson("POST", progressRequest, null, "manager", PASSWORD).statusCode()).isEqualTo(200);

        JsonNode tasks = json.readTree(client.getWithBasic("/api/tasks?assignee=me&mandate=" + mandateId, "staff",
                PASSWORD).body());
        assertThat(StreamSupport.stream(tasks.spliterator(), false).map(task -> task.get("name").asText()))
                .containsExactlyInAnyOrder("Plan and implement", "Report progress");
    }

    @Test
    void aRecurringReportIsDueOnItsNextCycleOnceACycleIsSubmitted() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        long mandateId = importAndFindMandate(TestResolutions.resolution2461As(symbol), symbol, "22", "REPORT");
        JsonNode before = json.readTree(client.getWithBasic("/api/mandates/" + mandateId, "manager", PASSWORD).body());
        assertThat(before.get("mandate").get("recurrence").asText()).isEqualTo("P90D");
        assertThat(before.get("mandate").get("due").get("date").asText()).isEqualTo("2019-05-15");
        assignToStaffOfDpo(mandateId);

        assertThat(complete(onlyTask("staff", mandateId), "staff", "{}").statusCode()).isEqualTo(204);
        assertThat(complete(onlyTask("manager", mandateId), "manager", "{\"approved\": true}").statusCode()).isEqualTo(204);
        assertThat(complete(onlyTask("staff", mandateId), "staff", "{\"documentSymbol\": \"S/2019/391\"}").statusCode())
                .isEqualTo(204);

        JsonNode after = json.readTree(client.getWithBasic("/api/mandates/" + mandateId, "manager", PASSWORD).body());
        assertThat(after.get("mandate").get("due").get("date").asText()).isEqualTo("2019-08-13");
        assertThat(after.get("cycles")).hasSize(1);
        assertThat(after.get("cycles").get(0).get("cycle").asInt()).isEqualTo(1);
        assertThat(after.get("cycles").get(0).get("dueDate").asText()).isEqualTo("2019-05-15");
        assertThat(after.get("cycles").get(0).get("documentSymbol").asText()).isEqualTo("S/2019/391");
        assertThat(onlyTask("staff", mandateId).get("name").asText()).isEqualTo("Prepare report");
    }

    @Test
    void aCompletionTakesOnlyTheValuesItsFormDeclares() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        JsonNode prepare = onlyTask("staff", mandateId);

        HttpResponse<String> rerouted = complete(prepare, "staff", "{\"leadEntity\": \"DPPA\", \"focalPoint\": \"dppastaff\"}");
        assertThat(rerouted.statusCode()).isEqualTo(400);
        assertThat(rerouted.body()).contains("takes only comment");
        assertThat(onlyTask("staff", mandateId).get("id").asText()).isEqualTo(prepare.get("id").asText());
        String manyKeys = IntStream.range(0, 20_000).mapToObj(i -> "\"v" + i + "\": 1")
                .collect(Collectors.joining(", ", "{", "}"));
        assertThat(complete(prepare, "staff", manyKeys).statusCode()).isEqualTo(400);
        assertThat(complete(prepare, "staff", "{}").statusCode()).isEqualTo(204);

        JsonNode review = onlyTask("manager", mandateId);
        for (String notABoolean : List.of("\"yes\"", "1", "[true]", "null")) {
            assertThat(complete(review, "manager", "{\"approved\": " + notABoolean + "}").statusCode())
                    .as(notABoolean).isEqualTo(400);
        }
        String longComment = "x".repeat(4_001);
        assertThat(complete(review, "manager", "{\"approved\": false, \"reviewComment\": \"" + longComment + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(complete(review, "manager", "{\"approved\": true}").statusCode()).isEqualTo(204);

        JsonNode submit = onlyTask("staff", mandateId);
        assertThat(complete(submit, "staff", "{\"documentSymbol\": \"a report\"}").statusCode()).isEqualTo(400);
        assertThat(complete(submit, "staff", "{\"documentSymbol\": \"S/2021/123\"}").statusCode()).isEqualTo(204);
        assertThat(json.readTree(client.getWithBasic("/api/mandates/" + mandateId, "manager", PASSWORD).body())
                .get("mandate").get("ownerEntity").asText()).isEqualTo("DPO");
    }

    @Test
    void aReportSentBackCarriesTheReviewersCommentAndEveryCommentIsKeptWithItsAuthor() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        JsonNode prepare = onlyTask("staff", mandateId);
        assertThat(complete(prepare, "staff", "{\"comment\": \"First draft\"}").statusCode()).isEqualTo(204);

        JsonNode review = onlyTask("manager", mandateId);
        HttpResponse<String> silent = complete(review, "manager", "{\"approved\": false}");
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(silent.body()).contains("give reviewComment to say why");
        assertThat(onlyTask("manager", mandateId).get("id").asText()).as("nothing changed")
                .isEqualTo(review.get("id").asText());
        assertThat(complete(review, "manager", "{\"approved\": false, \"reviewComment\": \"Add the 2021 figures\"}")
                .statusCode()).isEqualTo(204);

        JsonNode returned = onlyTask("staff", mandateId);
        assertThat(returned.get("name").asText()).isEqualTo("Prepare report");
        assertThat(returned.get("reviewComment").asText()).isEqualTo("Add the 2021 figures");
        assertThat(engineTasks.getProcessInstanceComments(returned.get("processInstanceId").asText()))
                .extracting(Comment::getUserId, Comment::getFullMessage)
                .containsExactlyInAnyOrder(tuple("staff", "First draft"),
                        tuple("manager", "Add the 2021 figures"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aTaskDoneOrTakenMeanwhileAnswersWhoDidIt() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        JsonNode prepare = onlyTask("staff", mandateId);
        assertThat(complete(prepare, "staff", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> late = client.sendJson("POST", "/api/tasks/" + prepare.get("id").asText() + "/complete",
                "{\"comment\": \"Done too\"}", "admin", PASSWORD);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json.readTree(late.body()).get("error").asText()).isEqualTo("This task was completed by staff meanwhile");

        String otherManager = newUser("DPO", Role.MANAGER);
        String review = "/api/tasks/" + onlyTask("manager", mandateId).get("id").asText();
        assertThat(client.sendJson("POST", review + "/claim", null, "manager", PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> taken = client.sendJson("POST", review + "/complete", "{\"approved\": true}", otherManager,
                OTHER_PASSWORD);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json.readTree(taken.body()).get("error").asText()).isEqualTo("This task was claimed by manager meanwhile");
        assertThat(client.sendJson("POST", review + "/unclaim", null, otherManager, OTHER_PASSWORD).statusCode())
                .as("only its assignee gives a task back").isEqualTo(409);

        HttpResponse<String> givenBack = client.sendJson("POST", review + "/unclaim", null, "manager", PASSWORD);
        assertThat(givenBack.statusCode()).isEqualTo(200);
        assertThat(json.readTree(givenBack.body()).get("assignee").isNull()).isTrue();
        assertThat(client.sendJson("POST", review + "/claim", null, otherManager, OTHER_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(complete(onlyTask(otherManager, OTHER_PASSWORD, mandateId), otherManager, OTHER_PASSWORD,
                "{\"approved\": true, \"reviewComment\": \"Cleared\"}").statusCode()).isEqualTo(204);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        long mandateId = importSeedAndFindReportMandate();
        assignToStaffOfDpo(mandateId);
        JsonNode prepare = onlyTask("staff", mandateId);
        String twoMegabytes = "{\"comment\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        URI completion = client.uri("/api/tasks/" + prepare.get("id").asText() + "/complete");

        HttpResponse<String> declared = client.sendJson("POST", "/api/tasks/" + prepare.get("id").asText() + "/complete",
                twoMegabytes, "staff", PASSWORD);
        HttpResponse<String> chunked = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(completion)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(twoMegabytes.getBytes(StandardCharsets.UTF_8)))), "staff", PASSWORD));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(onlyTask("staff", mandateId).get("id").asText()).isEqualTo(prepare.get("id").asText());
    }

    @Test
    void anUnknownTaskIs404() {
        assertThat(client.sendJson("POST", "/api/tasks/no-such-task/complete", "{}", "staff", PASSWORD).statusCode())
                .isEqualTo(404);
    }

    private long importSeedAndFindReportMandate() throws IOException {
        long mandateId = importSeedAndFindMandate("25", "REPORT");
        assertThat(json.readTree(client.getWithBasic("/api/mandates/" + mandateId, "manager", PASSWORD).body())
                .get("mandate").get("due").get("date").asText()).isEqualTo("2021-09-30");
        return mandateId;
    }

    private long importSeedAndFindMandate(String paragraph, String kind) throws IOException {
        return importAndFindMandate(TestResolutions.seed000As(TestResolutions.freshSymbol()), null, paragraph, kind);
    }

    /** Imports the text, under {@code symbol} when it is not {@code null}, and finds its mandate in the paragraph. */
    private long importAndFindMandate(String resolution, String symbol, String paragraph, String kind) throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(client, resolution, symbol, "manager", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode mandate = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(candidate -> paragraph.equals(candidate.get("paragraph").asText()))
                .findFirst().orElseThrow();
        assertThat(mandate.get("kind").asText()).isEqualTo(kind);
        return mandate.get("id").asLong();
    }

    private HttpResponse<String> assignToStaffOfDpo(long mandateId) {
        HttpResponse<String> response = assign(mandateId, "DPO", "staff", "manager", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> assign(long mandateId, String entity, String focalPoint, String username,
                                        String password) {
        return client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"" + entity + "\", \"focalPoint\": \"" + focalPoint + "\"}", username, password);
    }

    /** A staff member of the entity, with {@link #OTHER_PASSWORD}. */
    private String newUser(String entity) {
        return newUser(entity, Role.STAFF);
    }

    /** A person of the entity in the role, with {@link #OTHER_PASSWORD}. */
    private String newUser(String entity, Role role) {
        String username = entity.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, role + " of " + entity, null, entity, Set.of(role), OTHER_PASSWORD));
        return username;
    }

    private JsonNode onlyTask(String username, long mandateId) throws IOException {
        return onlyTask(username, PASSWORD, mandateId);
    }

    private JsonNode onlyTask(String username, String password, long mandateId) throws IOException {
        JsonNode tasks = json.readTree(client.getWithBasic("/api/tasks?mandate=" + mandateId, username, password).body());
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private HttpResponse<String> complete(JsonNode task, String username, String variables) {
        return complete(task, username, PASSWORD, variables);
    }

    private HttpResponse<String> complete(JsonNode task, String username, String password, String variables) {
        return client.sendJson("POST", "/api/tasks/" + task.get("id").asText() + "/complete", variables, username,
                password);
    }
}
