package org.mandatetracker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register in a real browser at 1280 px: a manager opens it on their entity, switches to all,
 * filters an imported resolution's report mandates, and downloads them as XLSX: the file holds exactly
 * the rows the register counts. Runs on H2 only, as the main journey does.
 */
@IntegrationTest
@DisabledIfSystemProperty(named = TestDatabaseProfiles.PROPERTY, matches = "mariadb")
class RegisterBrowserIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void aManagerFiltersAndExportsExactlyTheListedRows() throws Exception {
        String symbol = TestResolutions.freshSymbol();
        long reports = importReportsOf(symbol);
        Browser.walk(port, "register", browser -> {
            browser.resize(1280, 900);
            browser.signIn("manager", PASSWORD);
            browser.open("/");
            assertThat(browser.currentPath()).isEqualTo("/?entity=DPO");

            browser.click("#register-all");
            assertThat(browser.currentPath()).isEqualTo("/?all=true");
            browser.type("Search", symbol);
            browser.choose("Kind", "Report");
            assertThat(browser.currentPath()).contains("kind=REPORT").contains("q=");
            assertThat(browser.textOf("#register-count")).isEqualTo(reports == 1 ? "1 mandate" : reports + " mandates");
            assertThat(browser.gridRows()).isEqualTo(reports);
            assertThat(browser.gridScrollsSideways()).as("every column in view at 1280 px").isFalse();
            assertThat(browser.gridHeadersAlignWithValues()).as("headers above their values").isTrue();
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "register.png"), browser.screenshot());

            assertThat(rowsOfXlsx(browser.attributeOf("#export-xlsx", "href"), browser.cookie("JSESSIONID")))
                    .as("the header and the listed rows").isEqualTo(reports + 1);
        });
    }

    /** Imports seed 000 under the symbol, as staff; the number of its report mandates. */
    private long importReportsOf(String symbol) throws IOException {
        HttpResponse<String> imported = TestResolutions.importText(new WebClientSession(port),
                TestResolutions.seed000As(symbol), "staff", PASSWORD);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode mandates = json.readTree(imported.body()).get("mandates");
        return StreamSupport.stream(mandates.spliterator(), false)
                .filter(mandate -> mandate.get("kind").asText().equals("REPORT")).count();
    }

    /** Downloads the export link as the signed-in browser would, and counts the rows of the file. */
    private static int rowsOfXlsx(String href, String session) throws IOException, InterruptedException {
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            return workbook.getSheetAt(0).getPhysicalNumberOfRows();
        }
    }
}
