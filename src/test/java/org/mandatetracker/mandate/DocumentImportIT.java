package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/documents}: everything stored and every process started, or nothing at all. */
@IntegrationTest
class DocumentImportIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void importingAResolutionStoresItAndStartsOneProcessPerMandate() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        HttpResponse<String> response = importText(TestResolutions.seed000As(symbol), "manager");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode imported = json.readTree(response.body());
        assertThat(imported.get("symbol").asText()).isEqualTo(symbol);
        assertThat(imported.get("mandates")).isNotEmpty().allSatisfy(mandate -> {
            assertThat(mandate.get("id").asLong()).isPositive();
            assertThat(mandate.get("processInstanceId").asText()).isNotBlank();
        });
        long documentId = imported.get("id").asLong();
        assertThat(jdbc.queryForObject("select sha256 from imported_document where id = ?", String.class, documentId))
                .hasSize(64);
        assertThat(jdbc.queryForObject("select imported_by from imported_document where id = ?", String.class, documentId))
                .isEqualTo("manager");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ in "
                + "(select cast(id as char(20)) from mandate where document_id = ?) and PARENT_ID_ is null", Integer.class,
                documentId)).isEqualTo(imported.get("mandates").size());
    }

    @Test
    void aSecondImportOfTheSameSymbolIsAConflictAndChangesNothing() throws IOException {
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol());
        assertThat(importText(text, "staff").statusCode()).isEqualTo(201);
        int documents = count("imported_document");
        int processes = count("ACT_RU_EXECUTION");

        HttpResponse<String> again = importText(text, "staff");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been imported");
        assertThat(count("imported_document")).isEqualTo(documents);
        assertThat(count("ACT_RU_EXECUTION")).isEqualTo(processes);
    }

    @Test
    void aSymbolIsTheSameDocumentHoweverItIsSpelt() {
        String symbol = TestResolutions.freshSymbol();
        assertThat(importText(TestResolutions.seed000As(symbol), "staff").statusCode()).isEqualTo(201);
        int documents = count("imported_document");
        String variant = symbol.toLowerCase(Locale.ROOT).replace(" (", "(");

        HttpResponse<String> again = TestResolutions.importText(client, TestResolutions.seed000As(symbol) + "\n",
                variant, "staff", PASSWORD);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains(symbol + " has already been imported");
        assertThat(count("imported_document")).isEqualTo(documents);
    }

    @Test
    void theSameFileIsImportedOnceWhateverSymbolItIsGiven() {
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol());
        assertThat(importText(text, "staff").statusCode()).isEqualTo(201);
        int documents = count("imported_document");

        HttpResponse<String> again = TestResolutions.importText(client, text, TestResolutions.freshSymbol(), "staff", PASSWORD);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("This file has already been imported as");
        assertThat(count("imported_document")).isEqualTo(documents);
    }

    @Test
    void aSymbolLongerThanTheRegisterHoldsIsABadRequest() {
        HttpResponse<String> response = TestResolutions.importText(client,
                TestResolutions.seed000As(TestResolutions.freshSymbol()), "S/" + "1".repeat(120), "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 100 characters");
    }

    @Test
    void aDraftResolutionStartsNoFollowUp() throws IOException {
        int documents = count("imported_document");
        int processes = count("ACT_RU_EXECUTION");
        byte[] draft = Files.readAllBytes(TestCorpus.TEXTS.resolve("draft-S-2024-835-en.pdf"));

        HttpResponse<String> response = client.postFile("/api/documents", "draft.pdf", draft, "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).contains("draft resolution");
        assertThat(count("imported_document")).isEqualTo(documents);
        assertThat(count("ACT_RU_EXECUTION")).isEqualTo(processes);
    }

    @Test
    void deletingADocumentThatDoesNotExistIs404() {
        assertThat(client.sendJson("DELETE", "/api/documents/987654321", null, "admin", PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDocumentThatIsNotAResolutionIsRefusedAndNothingIsStored() throws IOException {
        int documents = count("imported_document");
        byte[] speech = Files.readAllBytes(TestCorpus.SEEDS.resolve("001_4221a76e69d2ea31.txt"));

        HttpResponse<String> response = client.postFile("/api/documents", "speech.txt", speech, "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
        assertThat(count("imported_document")).isEqualTo(documents);
    }

    @Test
    void aDryRunExtractsWithoutStoring() throws IOException {
        int documents = count("imported_document");

        HttpResponse<String> response = client.send(WebClientSession.withBasic(java.net.http.HttpRequest
                .newBuilder(client.uri("/api/documents?dryRun=true")).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(TestResolutions.seed000As(TestResolutions.freshSymbol()))),
                "staff", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("mandates")).isNotEmpty();
        assertThat(count("imported_document")).isEqualTo(documents);
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWith413() {
        byte[] tooLarge = new byte[6 * 1024 * 1024];

        HttpResponse<String> response = client.postFile("/api/documents", "huge.txt", tooLarge, "staff", PASSWORD);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void anAdminDeletesAMistakenImportWithItsProcesses() throws IOException {
        JsonNode imported = json.readTree(importText(TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager").body());
        long documentId = imported.get("id").asLong();
        String processInstanceId = imported.get("mandates").get(0).get("processInstanceId").asText();

        assertThat(client.sendJson("DELETE", "/api/documents/" + documentId, null, "manager", PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(client.sendJson("DELETE", "/api/documents/" + documentId, null, "admin", PASSWORD).statusCode())
                .isEqualTo(204);

        assertThat(jdbc.queryForObject("select count(*) from mandate where document_id = ?", Integer.class, documentId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ?", Integer.class,
                processInstanceId)).isZero();
    }

    @Test
    void aDueDateComputedFromTheSessionRulesIsStoredAndShownAsEstimated() throws IOException {
        String symbol = "A/RES/81/" + (1000 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 8999));
        String text = "United Nations\n" + symbol + "\nGeneral Assembly\nDistr.: General\n1 December 2026\n\n"
                + "Resolution adopted by the General Assembly on 1 December 2026\n\nThe General Assembly,\n\n"
                + "Recalling its resolutions,\n\n1. Requests the Secretary-General to submit a report to the General "
                + "Assembly at its eighty-second session;\n";

        JsonNode imported = json.readTree(importText(text, "manager").body());

        JsonNode due = imported.get("mandates").get(0).get("due");
        assertThat(due.get("date").asText()).isEqualTo("2027-09-07");
        assertThat(due.get("estimated").asBoolean()).isTrue();
        long id = imported.get("mandates").get(0).get("id").asLong();
        assertThat(jdbc.queryForObject("select due_estimated from mandate where id = ?", Boolean.class, id)).isTrue();
        List<JsonNode> listed = json.readValue(client.getWithBasic("/api/mandates?q=eighty-second", "manager", PASSWORD)
                .body(), new TypeReference<List<JsonNode>>() { });
        assertThat(listed).filteredOn(mandate -> mandate.get("id").asLong() == id).singleElement()
                .satisfies(mandate -> assertThat(mandate.get("due").get("estimated").asBoolean()).isTrue());
    }

    private HttpResponse<String> importText(String text, String username) {
        return TestResolutions.importText(client, text, username, PASSWORD);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
