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
 * A manager opens a mandate's page by its address, sees its process with the current step marked,
 * names the lead entity and focal point there, and the history lists it. H2 only, as the other
 * browser tests.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class MandatePageBrowserIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void aManagerOpensTheMandateByItsAddressSeesTheCurrentStepAndAssignsIt() throws Exception {
        String symbol = TestResolutions.freshSymbol();
        long mandateId = importReportMandate(symbol);
        Browser.walk(port, "mandate-page", browser -> {
            browser.signIn("manager", PASSWORD);
            browser.open("/mandates/" + mandateId);
            browser.waitForText(symbol + ", paragraph 25");
            assertThat(browser.textOf("#process-diagram g[data-element-id='UserTask_Triage'][data-state='active']"))
                    .isEqualTo("Triage mandate");
            assertThat(browser.textOf("#mandate-paragraph mark.mark-deadline")).as("the deadline phrase is marked").isNotBlank();

            browser.choose("Lead entity", "DPO");
            browser.choose("Focal point", "staff");
            browser.clickButton("Assign");
            browser.waitForText("focal point staff");

            assertThat(browser.textOf("#process-diagram g[data-element-id='UserTask_PrepareReport'][data-state='active']"))
                    .isEqualTo("Prepare report");
            assertThat(browser.textOf("#process-diagram g[data-element-id='UserTask_Triage']")).isNotNull();
            browser.waitForText("Lead assigned · manager · DPO, focal point staff");
            assertThat(browser.textOf("#mandate-history")).contains("Task completed: Triage mandate");
            browser.scrollTo("#process-diagram");
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(screenshots.resolve("mandate.png"), browser.screenshot());
        });
    }

    private long importReportMandate(String symbol) throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(new WebClientSession(port),
                TestResolutions.seed000As(symbol), "manager", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return StreamSupport.stream(json.readTree(imported.body()).get("mandates").spliterator(), false)
                .filter(mandate -> "25".equals(mandate.get("paragraph").asText()))
                .findFirst().orElseThrow().get("id").asLong();
    }
}
