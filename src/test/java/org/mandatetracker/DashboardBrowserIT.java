package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser: after a report mandate of an imported resolution went to DPO, a
 * DPO manager signs in and lands on the dashboard, reads the overdue figure, follows it and finds
 * exactly that many mandates in the register. Runs on H2 only, as the main journey does.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class DashboardBrowserIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void aManagerFollowsTheOverdueFigureToExactlyThoseMandates() throws IOException {
        assignReportMandateToDpo();
        try (Browser browser = new Browser(port)) {
            try {
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
            } catch (RuntimeException | AssertionError failed) {
                Files.write(Path.of("target", "dashboard-failure.png"), browser.screenshot());
                throw failed;
            }
        }
    }

    /** Seed 000's report mandate, due in September 2021, so overdue. */
    private void assignReportMandateToDpo() throws IOException {
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
