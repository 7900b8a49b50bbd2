package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.MandateKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The register at scale's terms: the database filters, pages, sorts and counts, and the export writes
 * exactly the rows the filters select, in XLSX and CSV. Every signed-in person reads every mandate.
 */
@IntegrationTest
class RegisterIT {

    private static final String PASSWORD = "demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    MandateService mandates;
    @Autowired
    ImportService imports;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theDatabaseFiltersCountsPagesAndSorts() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        List<JsonNode> imported = importAsManager(TestResolutions.seed000As(symbol));
        MandateFilter ofThisImport = MandateFilter.ALL.withQuery(symbol);

        // staff read mandates that no entity of theirs leads yet: resolutions are public
        assertThat(mandates.count(ofThisImport)).isEqualTo(imported.size()).isGreaterThan(2);
        assertThat(mandates.count(ofThisImport.withKind(MandateKind.REPORT)))
                .isEqualTo(imported.stream().filter(mandate -> mandate.get("kind").asText().equals("REPORT")).count());
        assertThat(mandates.count(ofThisImport.withResolutionYear(2020))).isEqualTo(imported.size());
        assertThat(mandates.count(ofThisImport.withResolutionYear(2019))).isZero();
        assertThat(mandates.count(ofThisImport.withEntity("DPO"))).isZero();
        assertThat(mandates.count(ofThisImport.withBody(Body.SECURITY_COUNCIL))).isEqualTo(imported.size());

        List<MandateSort> byParagraph = List.of(MandateSort.ascending(MandateColumn.PARAGRAPH));
        List<Mandate> all = mandates.page(ofThisImport, byParagraph, 0, 1000);
        List<Mandate> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            paged.addAll(mandates.page(ofThisImport, byParagraph, offset, 2));
        }
        assertThat(paged).extracting(Mandate::id).containsExactlyElementsOf(all.stream().map(Mandate::id).toList());
        assertThat(all).extracting(mandate -> Integer.parseInt(mandate.paragraph())).isSorted();
        for (MandateStatus status : MandateStatus.values()) {
            assertThat(mandates.count(ofThisImport.withStatus(status))).as(status.label())
                    .isEqualTo(all.stream().filter(mandate -> mandate.status() == status).count());
        }
        List<Mandate> byStatus = mandates.page(ofThisImport, List.of(MandateSort.ascending(MandateColumn.STATUS)), 0, 1000);
        assertThat(byStatus).extracting(Mandate::status).isSorted();

        List<Mandate> latestFirst = mandates.page(ofThisImport, List.of(new MandateSort(MandateColumn.DUE, true)), 0, 1000);
        List<Mandate> dated = latestFirst.stream().filter(mandate -> mandate.due() != null && mandate.due().date() != null)
                .toList();
        assertThat(latestFirst.subList(0, dated.size())).as("the undated last either way").isEqualTo(dated);
        assertThat(dated).extracting(mandate -> mandate.due().date()).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theFreeTextFindsTheTextAsTypedWhereEachOfItsWordsBeginsAWord() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        // a word no other import of this database has: paragraph 25 asks for a report on security sector reform
        String word = "Kestrelwing" + symbol.replaceAll("\\D", "");
        List<JsonNode> imported = importAsManager(TestResolutions.seed000As(symbol)
                .replace("security sector reform", "security sector " + word + " reform"));
        long paragraph25 = imported.stream().filter(mandate -> mandate.get("paragraph").asText().equals("25"))
                .findFirst().orElseThrow().get("id").asLong();
        String number = symbol.substring("S/RES/".length(), symbol.indexOf(' '));

        for (String found : List.of(word, word.toUpperCase(), "sector " + word, word.substring(0, word.length() - 3),
                "sector " + word + " reform in September", "res/" + number, number + " (2020)")) {
            assertThat(idsFound(found)).as(found).contains(paragraph25);
        }
        for (String notFound : List.of(word.substring(3), word + " sector", "sector " + word + "s", number.substring(1))) {
            assertThat(idsFound(notFound)).as(notFound).doesNotContain(paragraph25);
        }
        assertThat(mandates.count(MandateFilter.ALL.withQuery(symbol))).isEqualTo(imported.size());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void sortedBySymbolTheRegisterFollowsTheDocumentsOrderAsTheDatabaseSortsThem() throws IOException {
        importAsManager(TestResolutions.seed000As(TestResolutions.freshSymbol()));
        importAsManager(TestResolutions.seed000As(TestResolutions.freshSymbol()));
        MandateFilter everyMandate = MandateFilter.ALL.withWholeChains(true);
        List<String> symbolsOfFirstPage = mandates.page(everyMandate, List.of(MandateSort.ascending(MandateColumn.SYMBOL)),
                0, 300).stream().map(Mandate::symbol).distinct().toList();
        List<String> documentsBySymbol = imports.documents(PageRequest.of(0, 1000, Sort.by("symbol"))).stream()
                .filter(document -> document.mandateCount() > 0).map(ImportedDocumentSummary::symbol)
                .limit(symbolsOfFirstPage.size()).toList();
        assertThat(symbolsOfFirstPage).as("each mandate sorts under its own document's symbol").isEqualTo(documentsBySymbol);
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsInBothFormats() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        List<JsonNode> imported = importAsManager(TestResolutions.seed000As(symbol));
        String filter = "&q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8);

        HttpResponse<byte[]> xlsx = export("?format=xlsx" + filter, "staff");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(imported.size() + 1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Resolution");
            int due = columnOf(header, "Due");
            Cell firstDue = StreamSupport.stream(sheet.spliterator(), false).skip(1)
                    .map(row -> row.getCell(due)).filter(cell -> cell != null && cell.getCellType() == CellType.NUMERIC)
                    .findFirst().orElseThrow();
            assertThat(DateUtil.isCellDateFormatted(firstDue)).as("a real date").isTrue();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(symbol);
        }

        HttpResponse<byte[]> csv = export("?format=csv" + filter + "&kind=REPORT", "manager");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv.body()), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize((int) imported.stream()
                .filter(mandate -> mandate.get("kind").asText().equals("REPORT")).count()).isNotEmpty();
        assertThat(records).allSatisfy(record -> {
            assertThat(record.get("Resolution")).isEqualTo(symbol);
            assertThat(record.get("Kind")).isEqualTo(MandateKind.REPORT.label());
        });
    }

    @Test
    void theExportFollowsTheRegistersOrder() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        List<JsonNode> imported = importAsManager(TestResolutions.seed000As(symbol));
        String filter = "&q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8);

        HttpResponse<byte[]> csv = export("?format=csv" + filter + "&sort=-PARAGRAPH,DUE", "staff");

        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv.body()), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(imported.size());
        assertThat(records).extracting(record -> Integer.parseInt(record.get("Paragraph")))
                .isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @CsvSource({"format=pdf", "format=csv&year=soon", "format=csv&status=LATE", "format=csv&colour=red", "status=OPEN",
            "format=csv&sort=colour", "'format=csv&sort=DUE,-DUE'"})
    void aWrongParameterIsA400WithItsReason(String query) throws IOException {
        HttpResponse<byte[]> response = export("?" + query, "staff");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void theExportNeedsASignedInPerson() {
        assertThat(client.get("/api/mandates/export?format=csv").statusCode()).isEqualTo(401);
    }

    private List<JsonNode> importAsManager(String text) throws IOException {
        HttpResponse<String> response = TestResolutions.importText(client, text, "manager", PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        List<JsonNode> imported = new ArrayList<>();
        json.readTree(response.body()).get("mandates").forEach(imported::add);
        return imported;
    }

    private List<Long> idsFound(String text) {
        return mandates.page(MandateFilter.ALL.withQuery(text), List.of(), 0, 10_000).stream().map(Mandate::id).toList();
    }

    private HttpResponse<byte[]> export(String query, String username) {
        HttpRequest request = WebClientSession.withBasic(
                HttpRequest.newBuilder(client.uri("/api/mandates/export" + query)), username, PASSWORD).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int columnOf(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }
}
