package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each seed the product was conceived from, imported as a file: the two resolutions go in, the rest is refused. */
@IntegrationTest
class SeedImportIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "000_3ebbee6587f369ee.txt, S/RES/2553 (2020)",
            "002_432772bcf22ff5c1.txt, A/RES/75/10"})
    void theSeedResolutionsImportWithAProcessPerMandate(String seed, String symbol) throws IOException {
        WebClientSession client = new WebClientSession(port);
        deleteEarlierImport(client, symbol);

        HttpResponse<String> response = client.postFile("/api/documents", seed,
                Files.readAllBytes(TestCorpus.SEEDS.resolve(seed)), "manager", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode imported = json.readTree(response.body());
        assertThat(imported.get("symbol").asText()).isEqualTo(symbol);
        assertThat(imported.get("mandates")).isNotEmpty()
                .allSatisfy(mandate -> assertThat(mandate.get("processInstanceId").asText()).isNotBlank());
    }

    @ParameterizedTest(name = "{0} is not a resolution")
    @CsvSource({"001_4221a76e69d2ea31.txt", "003_d3ec1f7fb168409f.txt"})
    void theSeedsThatAreNoResolutionsAreRefused(String seed) throws IOException {
        HttpResponse<String> response = new WebClientSession(port).postFile("/api/documents", seed,
                Files.readAllBytes(TestCorpus.SEEDS.resolve(seed)), "manager", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    /** A MariaDB test database outlives runs: an earlier run's import of the seed goes first. */
    private void deleteEarlierImport(WebClientSession client, String symbol) throws IOException {
        for (JsonNode document : json.readTree(client.getWithBasic("/api/documents", "admin", PASSWORD).body())) {
            if (symbol.equals(document.get("symbol").asText())) {
                client.sendJson("DELETE", "/api/documents/" + document.get("id").asText(), null, "admin", PASSWORD);
            }
        }
    }
}
