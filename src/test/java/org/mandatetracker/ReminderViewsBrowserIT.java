package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.mandatetracker.security.Role;
import org.mandatetracker.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The two views behind reminders, in a real browser: an admin finds a queued reminder in the Outbox,
 * and a person copies, renews and revokes their secret calendar address, each step checked by
 * fetching the address as a calendar program would. On H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class ReminderViewsBrowserIT {

    private static final String FEED_FIELD = "vaadin-text-field";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserService users;
    @Autowired
    ManagementService management;

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdminFindsTheQueuedCatchUpReminderOfANewFocalPointInTheOutbox() throws Exception {
        String focalPoint = newStaff();
        String symbol = TestResolutions.freshSymbol();
        String process = AssignedReports.importAndAssign(new WebClientSession(port), json, symbol, focalPoint)
                .get("processInstanceId").asText();
        // without SMTP (the tests' default) the reminder is queued; the tests run jobs by hand
        management.executeJob(management.createJobQuery().processInstanceId(process)
                .activityId("BoundaryEvent_PrepareReportReminderDue").timers().singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(process)
                .activityId("ServiceTask_SendPrepareReportReminder").messages().singleResult().getId());

        Browser.walk(port, "outbox", browser -> {
            browser.signIn("admin", "demo");
            browser.open("/admin/outbox");
            browser.waitForText(focalPoint);
            assertThat(browser.pageText()).contains("Prepare report for " + symbol).contains("QUEUED");
            browser.assertAccessible();
        });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aPersonRenewsAndRevokesTheirSecretCalendarAddress() throws Exception {
        String person = newStaff();
        Browser.walk(port, "calendar-feed", browser -> {
            browser.signIn(person, TestUsers.PASSWORD);
            browser.open("/calendar-feed");
            browser.waitForText("Your secret calendar address");
            String first = feedAddress(browser);
            assertThat(first).startsWith("http").contains("/calendar/").endsWith(".ics");
            assertThat(fetch(first)).isEqualTo(200);
            browser.assertAccessible();

            browser.clickButton("Renew");
            String renewed = feedAddress(browser);
            assertThat(renewed).isNotEqualTo(first);
            assertThat(fetch(first)).as("the old address").isEqualTo(404);
            assertThat(fetch(renewed)).isEqualTo(200);

            browser.clickButton("Revoke");
            assertThat(feedAddress(browser)).isEmpty();
            assertThat(fetch(renewed)).as("a revoked address").isEqualTo(404);
        });
    }

    private String newStaff() {
        return TestUsers.fresh(users, "dpo", "Reminder Views", Role.STAFF);
    }

    private static String feedAddress(Browser browser) {
        return browser.attributeOf(FEED_FIELD, "value");
    }

    /**
     * The address fetched without signing in, as a calendar program does, on this test's server (the
     * address names the configured base URL); answers the status.
     */
    private int fetch(String address) throws IOException, InterruptedException {
        URI onThisServer = URI.create("http://localhost:" + port + URI.create(address).getRawPath());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(onThisServer).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/calendar"));
            assertThat(response.body()).startsWith("BEGIN:VCALENDAR");
        }
        return response.statusCode();
    }
}
