package org.mandatetracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.mandatetracker.Browser;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestDatabaseProfiles;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.TestUsers;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * My tasks in a real browser: a new focal point prepares a report, the reviewer sends it back (the
 * comment is required), the focal point reads the comment on the returned task and completes it by
 * keyboard alone. Then the error pages a person can run into. axe-core checks every view visited.
 * The UI does not depend on the database under test, so this runs on H2 only.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class TasksBrowserIT {

    private static final String DEMO_PASSWORD = "demo";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;

    @Test
    @WithMockUser(roles = "ADMIN")
    void aReportSentBackWithACommentIsReworkedByKeyboard() throws Exception {
        String focalPoint = TestUsers.fresh(users, "dpo", "Focal point of DPO", Role.STAFF);
        String symbol = TestResolutions.freshSymbol();
        assignReportMandate(symbol, focalPoint);
        String row = symbol + " para. 25";
        Files.createDirectories(SCREENSHOTS);

        Browser.walk(port, "tasks", browser -> {
            browser.open("/login");
            browser.assertAccessible();
            browser.signIn(focalPoint, TestUsers.PASSWORD);
            browser.open("/tasks");
            browser.waitForText(row);
            browser.assertAccessible();
            // other tests leave many tasks offered to DPO's staff: list only this focal point's own
            browser.tick("Only tasks assigned to me");
            browser.clickGridCell(row);
            browser.waitForText("Open the mandate");
            Files.write(SCREENSHOTS.resolve("tasks.png"), browser.screenshot());
            browser.assertAccessible();
            browser.fillIn("Comment (optional)", "First draft, figures to follow");
            browser.clickButton("Mark as done");
            assertThat(browser.notifications()).contains("Done");

            browser.signOut();
            browser.signIn("manager", DEMO_PASSWORD);
            browser.open("/tasks");
            browser.clickGridCell(row);
            browser.waitForText("Review and clear report");
            browser.chooseOption("Send it back to the focal point");
            browser.clickButton("Record decision");
            browser.waitForText("give reviewComment to say why");
            browser.assertAccessible();
            browser.fillIn("Comment for the focal point", "Add the figures for 2021, please.");
            browser.clickButton("Record decision");
            assertThat(browser.notifications()).contains("Done");

            browser.signOut();
            browser.signIn(focalPoint, TestUsers.PASSWORD);
            browser.open("/tasks");
            browser.waitForText(row);
            browser.tabUntil("the filter of my own tasks", "focused.closest('vaadin-checkbox')");
            browser.press(Keys.SPACE);
            browser.tabUntil("the task row", "/body-cell/.test(focused.getAttribute('part') || '')");
            browser.press(Keys.SPACE);
            browser.waitForText("Sent back by the review: Add the figures for 2021, please.");
            browser.assertAccessible();
            browser.tabUntil("the comment", "focused.tagName === 'TEXTAREA'");
            browser.press("Figures added");
            browser.tabUntil("Mark as done", "focused.tagName === 'VAADIN-BUTTON' && focused.textContent.trim() === 'Mark as done'");
            browser.press(Keys.ENTER);
            assertThat(browser.notifications()).contains("Done");
            browser.waitForText("Select a task to work on it.");
            assertThat(browser.pageText()).doesNotContain(row);

            browser.signOut();
            browser.signIn("manager", DEMO_PASSWORD);
            browser.open("/tasks");
            browser.clickGridCell(row);
            browser.chooseOption("Approve the report");
            completeElsewhere(row, "{\"approved\": true}");
            browser.clickButton("Record decision");
            browser.waitForText("This task was completed by manager meanwhile.");
            assertThat(browser.pageText()).doesNotContain(row);

            showsErrorPagesInTheProduct(browser);
        });
    }

    /** Signed in as a manager, who is no admin. */
    private void showsErrorPagesInTheProduct(Browser browser) throws Exception {
        browser.open("/no-such-page");
        browser.waitForText("Page not found");
        assertThat(browser.pageText()).contains("Back to the mandate register", "My tasks");
        assertThat(browser.title()).isEqualTo("Page not found · Mandate Tracker");
        Files.write(SCREENSHOTS.resolve("error-404.png"), browser.screenshot());
        browser.assertAccessible();

        browser.open("/admin/users");
        browser.waitForText("Access denied");
        assertThat(browser.pageText()).contains("Back to the mandate register").doesNotContain("Could not navigate");
        assertThat(browser.title()).isEqualTo("Access denied · Mandate Tracker");
        browser.assertAccessible();

        browser.open("/camunda/app/cockpit/default/");
        browser.waitForText("Access denied");
        assertThat(browser.pageText()).contains("Back to the mandate register").doesNotContain("Whitelabel");
        browser.assertAccessible();
        browser.click("a[href='/']");
        assertThat(browser.currentPath()).as("the register, on the person's entity").startsWith("/?entity=");
    }

    /** The manager completes the review through the API, as from another browser tab. */
    private void completeElsewhere(String row, String values) throws Exception {
        JsonNode review = null;
        // the manager's tasks a page at a time (other tests leave many behind) until the one of that row
        for (int page = 0; review == null; page++) {
            JsonNode tasks = json.readTree(client().getWithBasic("/api/tasks?size=500&page=" + page, "manager",
                    DEMO_PASSWORD).body());
            assertThat(tasks).as("the manager's tasks hold one of " + row).isNotEmpty();
            review = StreamSupport.stream(tasks.spliterator(), false)
                    .filter(task -> task.get("title").asText().startsWith(row)).findFirst().orElse(null);
        }
        assertThat(client().sendJson("POST", "/api/tasks/" + review.get("id").asText() + "/complete", values, "manager",
                DEMO_PASSWORD).statusCode()).isEqualTo(204);
    }

    private WebClientSession client() {
        return new WebClientSession(port);
    }

    private void assignReportMandate(String symbol, String focalPoint) throws Exception {
        WebClientSession client = client();
        HttpResponse<String> imported = TestResolutions.importText(client, TestResolutions.seed000As(symbol), symbol,
                "manager", DEMO_PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long mandateId = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(mandate -> "25".equals(mandate.get("paragraph").asText()))
                .mapToLong(mandate -> mandate.get("id").asLong()).findFirst().orElseThrow();
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + mandateId + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"" + focalPoint + "\"}", "manager", DEMO_PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        JsonNode owner = json.readTree(assigned.body()).get("mandate");
        assertThat(owner.get("focalPoint").asText()).isEqualTo(focalPoint);
    }
}
