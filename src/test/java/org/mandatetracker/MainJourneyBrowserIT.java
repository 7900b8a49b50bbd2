package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The main journey in a real browser: staff imports a resolution file; a manager finds its report
 * mandate in the register and names DPO and a focal point of the journey's own, who finds "Prepare report" in My tasks and marks it
 * done; the manager then has "Review and clear report". The UI does not depend on the database
 * under test, so this runs on H2 only.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class MainJourneyBrowserIT {

    private static final String PASSWORD = "demo";
    private static final String REPORT_PHRASE = "comprehensive approach to security sector reform";


    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    @Test
    @WithMockUser(roles = "ADMIN")
    void staffImportsManagerAssignsStaffCompletesAndTheReviewAppears(@TempDir Path files) throws Exception {
        // a focal point of their own, whose task list holds only this journey's task whatever other tests left
        String focalPoint = TestUsers.fresh(users, "focal", "Journey Focal Point", Role.STAFF);
        String symbol = TestResolutions.freshSymbol();
        Path resolution = Files.writeString(files.resolve("resolution.txt"), TestResolutions.seed000As(symbol));
        Browser.walk(port, "main-journey", browser -> walkThrough(browser, symbol, resolution, focalPoint));
    }

    private void walkThrough(Browser browser, String symbol, Path resolution, String focalPoint) throws Exception {
        browser.signIn("staff", PASSWORD);
        browser.open("/import");
        browser.upload(resolution);
        browser.waitForText("resolution.txt");
        browser.assertAccessible();
        browser.clickButton("Confirm");
        browser.waitForText("Imported 1");
        browser.assertAccessible();

        browser.signOut();
        browser.signIn("manager", PASSWORD);
        browser.open("/"); // managers land on the dashboard; the register is one click away
        browser.waitForText("Mandates");
        browser.click("#register-all");
        browser.type("Search", symbol);
        browser.clickGridCell(REPORT_PHRASE);
        browser.waitForText(symbol + ", paragraph 25");
        assertThat(browser.currentPath()).startsWith("/mandates/");
        browser.assertAccessible();
        browser.choose("Lead entity", "DPO");
        browser.choose("Focal point", focalPoint);
        browser.clickButton("Assign");
        browser.waitForText("focal point " + focalPoint);

        browser.signOut();
        browser.signIn(focalPoint, TestUsers.PASSWORD);
        browser.open("/tasks");
        // the other tests leave many tasks offered to DPO's staff: only the focal point's own ones
        browser.click("#only-mine");
        browser.clickGridCell(symbol + " para. 25");
        browser.waitForText("Prepare report");
        browser.clickButton("Mark as done");
        assertThat(browser.notifications()).contains("Done");

        browser.signOut();
        browser.signIn("manager", PASSWORD);
        browser.open("/tasks");
        browser.waitForText("Review and clear report");
        Files.write(Path.of("target", "main-journey.png"), browser.screenshot());
    }
}
