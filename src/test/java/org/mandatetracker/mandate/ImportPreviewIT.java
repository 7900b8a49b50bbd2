package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.base.EnglishText;
import org.mandatetracker.entity.EntityCodes;
import org.mandatetracker.extraction.MandateKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The import preview: {@code POST /api/documents/preview} checks as the import does and stores nothing;
 * corrections made before confirming are applied before the processes start and recorded in the
 * mandates' history, and a wrong one stores nothing.
 */
@IntegrationTest
class ImportPreviewIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MandateService mandates;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void aPreviewSaysWhatWouldBeImportedAndStoresNothing() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        int documents = count("imported_document");
        int processes = count("ACT_RU_EXECUTION");

        HttpResponse<String> response = previewText(TestResolutions.seed000As(symbol));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = json.readTree(response.body());
        assertThat(preview.get("symbol").asText()).isEqualTo(symbol);
        assertThat(preview.get("confirmable").asBoolean()).isTrue();
        assertThat(preview.get("extraction").get("mandates")).isNotEmpty();
        assertThat(count("imported_document")).isEqualTo(documents);
        assertThat(count("ACT_RU_EXECUTION")).isEqualTo(processes);
    }

    @Test
    void aPreviewOfAResolutionImportedBeforeIsAConflict() {
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol());
        assertThat(TestResolutions.importText(client, text, "staff", PASSWORD).statusCode()).isEqualTo(201);

        HttpResponse<String> again = previewText(text);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been imported");
    }

    @Test
    void aDraftIsPreviewedWithTheReasonItCannotBeImported() throws IOException {
        byte[] draft = Files.readAllBytes(TestCorpus.TEXTS.resolve("draft-S-2024-835-en.pdf"));

        HttpResponse<String> response = client.postFile("/api/documents/preview", "draft.pdf", draft, "staff", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode preview = json.readTree(response.body());
        assertThat(preview.get("draft").asBoolean()).isTrue();
        assertThat(preview.get("confirmable").asBoolean()).isFalse();
        assertThat(preview.get("refusal").asText()).contains("draft resolution");
    }

    @Test
    @WithMockUser
    void correctionsChooseTheProcessAndAreRecordedInTheHistory() throws IOException {
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol());
        JsonNode extracted = json.readTree(previewText(text).body()).get("extraction").get("mandates").get(0);
        String paragraph = extracted.get("paragraph").asText();
        String oldKind = extracted.get("kind").asText();
        String newKind = "REPORT".equals(oldKind) ? "ACTION" : "REPORT";
        String corrections = "[{\"index\": 0, \"paragraph\": \"" + paragraph + "\", \"kind\": \"" + newKind
                + "\", \"addressees\": [\"DPO\"], \"due\": \"2030-01-15\"}]";

        HttpResponse<String> response = client.postFile("/api/documents", "seed.txt",
                text.getBytes(StandardCharsets.UTF_8), corrections, "staff", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode imported = json.readTree(response.body()).get("mandates").get(0);
        assertThat(imported.get("kind").asText()).isEqualTo(newKind);
        assertThat(imported.get("due").get("date").asText()).isEqualTo("2030-01-15");
        String processKey = "REPORT".equals(newKind) ? "report-mandate" : "action-mandate";
        assertThat(jdbc.queryForObject("select PROC_DEF_KEY_ from ACT_HI_PROCINST where PROC_INST_ID_ = ?",
                String.class, imported.get("processInstanceId").asText())).isEqualTo(processKey);
        long id = imported.get("id").asLong();
        assertThat(mandates.find(id).orElseThrow().addressees()).containsExactly("DPO");
        List<MandateEvent> history = mandates.history(id);
        assertThat(history).extracting(MandateEvent::kind).containsExactly(MandateEventKind.IMPORTED,
                MandateEventKind.CORRECTED_IN_PREVIEW, MandateEventKind.CORRECTED_IN_PREVIEW, MandateEventKind.CORRECTED_IN_PREVIEW);
        List<MandateEvent> corrected = history.subList(1, 4);
        // in English for the API, and as key and values for each reader's language
        assertThat(corrected.get(0).detail()).isEqualTo("kind " + EnglishText.of(MandateKind.valueOf(oldKind).messageKey()) + " → "
                + EnglishText.of(MandateKind.valueOf(newKind).messageKey()));
        assertThat(corrected.get(1).detail()).startsWith("addressees ").endsWith(" → DPO");
        assertThat(corrected.get(2).detail()).endsWith("→ 2030-01-15");
        assertThat(corrected).extracting(event -> event.detailMessage().key()).containsExactly("mandateEvent.previewKind",
                "mandateEvent.previewAddressees", corrected.get(2).detailMessage().key());
        assertThat(corrected.get(1).detailMessage().arguments()[1]).isEqualTo(new EntityCodes(List.of("DPO")));
        assertThat(corrected.get(2).detailMessage().arguments()).contains(LocalDate.of(2030, 1, 15));
        assertThat(corrected).extracting(MandateEvent::actor).containsOnly("staff");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"kind\": \"MEMO\"}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"addressees\": [\"NO_SUCH_ENTITY\"]}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"addressees\": []}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"due\": \"2300-01-01\"}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"due\": \"1990-01-01\"}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\", \"due\": \"not a date\"}]",
            "[{\"index\": 0, \"paragraph\": \"not its paragraph\", \"kind\": \"REPORT\"}]",
            "[{\"index\": 999, \"paragraph\": \"PARAGRAPH\", \"kind\": \"REPORT\"}]",
            "[{\"index\": 0, \"paragraph\": \"PARAGRAPH\"}, {\"index\": 0, \"paragraph\": \"PARAGRAPH\"}]",
            "{\"index\": 0"})
    void aWrongCorrectionIsABadRequestAndStoresNothing(String corrections) throws IOException {
        String text = TestResolutions.seed000As(TestResolutions.freshSymbol());
        String paragraph = json.readTree(previewText(text).body()).get("extraction").get("mandates").get(0)
                .get("paragraph").asText();
        int documents = count("imported_document");
        int processes = count("ACT_RU_EXECUTION");

        HttpResponse<String> response = client.postFile("/api/documents", "seed.txt",
                text.getBytes(StandardCharsets.UTF_8), corrections.replace("PARAGRAPH", paragraph), "staff", PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(count("imported_document")).isEqualTo(documents);
        assertThat(count("ACT_RU_EXECUTION")).isEqualTo(processes);
    }

    @Test
    void theOriginalFileIsDownloadedAsItWasImported() throws IOException {
        byte[] original = TestResolutions.seed000As(TestResolutions.freshSymbol()).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = client.postFile("/api/documents", "résolution.txt", original, "staff", PASSWORD);
        long id = json.readTree(imported.body()).get("id").asLong();

        HttpResponse<byte[]> download = downloadOriginal(id);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(original);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("UTF-8''r%C3%A9solution.txt");
        assertThat(downloadOriginal(987654321L).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> downloadOriginal(long id) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(WebClientSession.withBasic(
                    HttpRequest.newBuilder(client.uri("/api/documents/" + id + "/original")).GET(), "staff", PASSWORD)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private HttpResponse<String> previewText(String text) {
        return client.send(WebClientSession.withBasic(HttpRequest.newBuilder(client.uri("/api/documents/preview"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), "staff", PASSWORD));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
