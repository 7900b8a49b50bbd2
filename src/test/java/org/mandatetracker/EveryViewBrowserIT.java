package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view of the product, as an admin sees it: each has a title of its own and passes axe-core's
 * WCAG 2 A and AA rules. One pass collects the problems of all views, so one run shows them all.
 * On H2 only, as the other browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class EveryViewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void everyViewHasATitleAndPassesTheAccessibilityRules() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        HttpResponse<String> imported = TestResolutions.importText(new WebClientSession(port),
                TestResolutions.seed000As(symbol), "manager", "demo");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode answer = json.readTree(imported.body());
        Map<String, String> views = new LinkedHashMap<>();
        views.put("/dashboard", "Dashboard");
        views.put("/", "Mandates");
        views.put("/mandates/" + answer.get("mandates").get(0).get("id").asLong(), symbol);
        views.put("/import", "Import");
        views.put("/documents", "Documents");
        views.put("/documents/" + answer.get("id").asLong(), symbol);
        views.put("/tasks", "My tasks");
        views.put("/entities", "Entities");
        views.put("/calendar-feed", "Calendar feed");
        views.put("/settings", "My settings");
        views.put("/admin/users", "Users");
        views.put("/admin/outbox", "Outbox");
        views.put("/admin/audit", "Audit history");
        views.put("/password", "My password");

        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "demo");
            for (Map.Entry<String, String> view : views.entrySet()) {
                try {
                    browser.open(view.getKey());
                    browser.waitForText(view.getValue());
                    assertThat(browser.title()).as("the title of " + view.getKey()).endsWith("· Mandate Tracker")
                            .hasSizeGreaterThan("· Mandate Tracker".length() + 1);
                    browser.assertAccessible();
                } catch (RuntimeException | AssertionError failed) {
                    problems.add(view.getKey() + ": " + failed.getMessage());
                    Files.write(Path.of("target", "view" + view.getKey().replace('/', '-') + "-failure.png"),
                            browser.screenshot());
                }
            }
        }
        assertThat(problems).as("views with a problem").isEmpty();
    }
}
