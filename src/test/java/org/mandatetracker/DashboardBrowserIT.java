package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The dashboard in a real browser: after a report mandate of an imported resolution went to DPO, a
 * DPO manager signs in and lands on the dashboard, reads the overdue figure, follows it and finds
 * exactly that many mandates in the register. Another follows the overdue figure of everything to a
 * report nobody leads yet, assigns it, and watches the figures follow the work: one more overdue for DPO,
 * then, once the report is prepared, cleared and submitted, one fewer. Runs on H2 only, as the main
 * journey does.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class DashboardBrowserIT {

    private static final String PASSWORD = "demo";
    private static final String REPORT_PHRASE = "comprehensive approach to security sector reform";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;

    @Test
    void aManagerFollowsTheOverdueFigureToExactlyThoseMandates() throws Exception {
        assignReportMandateToDpo();
        Browser.walk(port, "dashboard", browser -> {
            browser.signIn("manager", PASSWORD);
            assertThat(browser.currentPath()).isEqualTo("/dashboard");
            browser.waitForText("By lead entity");
            long overdue = Long.parseLong(browser.textOf("#figure-overdue .value").replace(",", ""));
            assertThat(overdue).isPositive();
            Files.write(Path.of("target", "dashboard.png"), browser.screenshot());
            browser.assertAccessible();

            browser.click("#figure-overdue");
            // the register's row count, which only the register has (the dashboard too may say "Show all")
            String registerCount = browser.textOf("#register-count");
            assertThat(browser.currentPath()).startsWith("/?").contains("status=OVERDUE").contains("lead=DPO");
            assertThat(registerCount).isEqualTo(overdue == 1 ? "1 mandate" : overdue + " mandates");
            assertThat(browser.gridRows()).isEqualTo(overdue);
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theFiguresFollowAnAssignmentAndTheCompletedWork() throws Exception {
        String focalPoint = TestUsers.fresh(users, "dash", "Dashboard Focal Point", Role.STAFF);
        String symbol = TestResolutions.freshSymbol();
        HttpResponse<String> imported = TestResolutions.importText(new WebClientSession(port),
                TestResolutions.seed000As(symbol), "staff", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        Browser.walk(port, "dashboard-journey", browser -> {
            browser.signIn("manager", PASSWORD);
            long overdueBefore = dpoOverdue(browser);
            browser.chooseOption("Everything I can see");
            browser.click("#figure-overdue");
            browser.waitForAddressContaining("status=OVERDUE");
            browser.type("Search", symbol);
            browser.waitForAddressContaining("q=" + symbol);
            browser.clickGridCell(REPORT_PHRASE);
            browser.waitForText(symbol + ", paragraph 25");
            String mandatePage = browser.currentPath();
            browser.choose("Lead entity", "DPO");
            browser.choose("Focal point", focalPoint);
            browser.clickButton("Assign");
            browser.waitForText("focal point " + focalPoint);
            assertThat(dpoOverdue(browser)).as("DPO leads one more overdue report").isEqualTo(overdueBefore + 1);

            work(browser, focalPoint, TestUsers.PASSWORD, mandatePage, "Prepare report",
                    () -> browser.clickButton("Mark as done"));
            work(browser, "manager", PASSWORD, mandatePage, "Review and clear report", () -> {
                browser.chooseOption("Approve the report");
                browser.clickButton("Record decision");
            });
            work(browser, focalPoint, TestUsers.PASSWORD, mandatePage, "Submit report", () -> {
                browser.type("Issued document symbol", "S/2021/777");
                browser.clickButton("Record submission");
            });

            browser.signOut();
            browser.signIn("manager", PASSWORD);
            assertThat(dpoOverdue(browser)).as("the submitted report is overdue no more").isEqualTo(overdueBefore);
        });
    }

    /** The overdue figure of a DPO manager's own entity, as the dashboard shows it now. */
    private static long dpoOverdue(Browser browser) {
        browser.open("/dashboard");
        browser.waitForText("By lead entity");
        return Long.parseLong(browser.textOf("#figure-overdue .value").replaceAll("[^0-9]", ""));
    }

    /** Signs in as the person, opens the mandate's open task from its page and does it. */
    private static void work(Browser browser, String username, String password, String mandatePage, String task,
                             Runnable doIt) {
        browser.signOut();
        browser.signIn(username, password);
        browser.open(mandatePage);
        browser.clickLink(task);
        browser.waitForText("Open the mandate");
        doIt.run();
        assertThat(browser.notifications()).contains("Done");
    }

    /** Seed 000's report mandate, due in September 2021, so overdue. */
    private void assignReportMandateToDpo() throws Exception {
        WebClientSession client = new WebClientSession(port);
        HttpResponse<String> imported = TestResolutions.importText(client,
                TestResolutions.seed000As(TestResolutions.freshSymbol()), "staff", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode report = StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(mandate -> "25".equals(mandate.get("paragraph").asText())).findFirst().orElseThrow();
        HttpResponse<String> assigned = client.sendJson("PUT", "/api/mandates/" + report.get("id").asLong() + "/owner",
                "{\"entity\": \"DPO\", \"focalPoint\": \"staff\"}", "manager", PASSWORD);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    }
}
