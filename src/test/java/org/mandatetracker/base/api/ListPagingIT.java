package org.mandatetracker.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandatetracker.IntegrationTest;
import org.mandatetracker.TestResolutions;
import org.mandatetracker.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The list endpoints answer one page at a time ({@code page}, {@code size} up to {@link ListPage#MAX_SIZE}), in a
 * stable order, with the number of all rows in {@link ListPage#TOTAL_HEADER}; a size beyond the maximum is a 400.
 */
@IntegrationTest
class ListPagingIT {

    private static final String PASSWORD = "demo";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    private WebClientSession client;

    @BeforeEach
    void client() {
        client = new WebClientSession(port);
    }

    @Test
    void theRegisterPagesItsRowsWithoutOverlapOrGapAndCountsThemAll() throws IOException {
        String symbol = TestResolutions.freshSymbol();
        HttpResponse<String> imported = TestResolutions.importText(client, TestResolutions.seed000As(symbol), "manager",
                PASSWORD);
        assertThat(imported.statusCode()).isEqualTo(201);
        List<Long> importedIds = ids(json.readTree(imported.body()).get("mandates"));
        assertThat(importedIds).hasSizeGreaterThan(2);
        String number = symbol.substring("S/RES/".length(), symbol.indexOf(' '));

        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < importedIds.size(); page++) {
            HttpResponse<String> response = get("/api/mandates?q=" + number + "&size=2&page=" + page, "staff");
            assertThat(response.headers().firstValue(ListPage.TOTAL_HEADER)).hasValue(String.valueOf(importedIds.size()));
            List<Long> rows = ids(json.readTree(response.body()));
            assertThat(rows).hasSizeBetween(1, 2);
            paged.addAll(rows);
        }
        List<Long> whole = ids(json.readTree(get("/api/mandates?q=" + number + "&size=" + ListPage.MAX_SIZE, "staff")
                .body()));
        assertThat(paged).as("the pages in turn are the whole list, in its order").isEqualTo(whole)
                .containsExactlyInAnyOrderElementsOf(importedIds);
        assertThat(ids(json.readTree(get("/api/mandates?q=" + number + "&page=" + importedIds.size(), "staff").body())))
                .as("a page beyond the last is empty").isEmpty();
    }

    @Test
    void tasksComeSoonestDueFirstTheUndatedLastInPagesThatAddUp() throws IOException {
        TestResolutions.importText(client, TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager", PASSWORD);
        HttpResponse<String> first = get("/api/tasks?size=" + ListPage.MAX_SIZE, "admin");
        long total = Long.parseLong(first.headers().firstValue(ListPage.TOTAL_HEADER).orElseThrow());
        List<JsonNode> tasks = StreamSupport.stream(json.readTree(first.body()).spliterator(), false).toList();
        assertThat(tasks).hasSize((int) Math.min(total, ListPage.MAX_SIZE)).hasSizeGreaterThan(3);
        List<String> dues = tasks.stream().map(task -> task.get("due").isNull() ? null : task.get("due").asText())
                .toList();
        List<String> dated = dues.stream().takeWhile(Objects::nonNull).toList();
        assertThat(dues.subList(dated.size(), dues.size())).as("no dated task after an undated one")
                .allMatch(Objects::isNull);
        assertThat(dated.stream().map(java.time.OffsetDateTime::parse).toList()).isSorted();

        List<String> twoPages = new ArrayList<>(taskIds(get("/api/tasks?size=2&page=0", "admin")));
        twoPages.addAll(taskIds(get("/api/tasks?size=2&page=1", "admin")));
        assertThat(twoPages).isEqualTo(tasks.stream().limit(4).map(task -> task.get("id").asText()).toList());
    }

    @Test
    void documentsArePagedTheLastImportedFirst() throws IOException {
        TestResolutions.importText(client, TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager", PASSWORD);
        TestResolutions.importText(client, TestResolutions.seed000As(TestResolutions.freshSymbol()), "manager", PASSWORD);
        HttpResponse<String> two = get("/api/documents?size=2", "staff");
        assertThat(Long.parseLong(two.headers().firstValue(ListPage.TOTAL_HEADER).orElseThrow())).isGreaterThanOrEqualTo(2);
        List<Long> firstTwo = ids(json.readTree(two.body()));
        assertThat(ids(json.readTree(get("/api/documents?size=1&page=1", "staff").body())))
                .containsExactly(firstTwo.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/mandates?size=501", "/api/tasks?size=501", "/api/documents?size=501",
            "/api/mandates?size=0", "/api/tasks?page=-1", "/api/documents?page=many", "/api/tasks?page=2147483647"})
    void aSizeBeyondTheMaximumOrAPageThatIsNoneIsRefused(String path) throws IOException {
        HttpResponse<String> response = client.getWithBasic(path, "admin", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    private HttpResponse<String> get(String path, String username) {
        HttpResponse<String> response = client.getWithBasic(path, username, PASSWORD);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static List<Long> ids(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("id").asLong()).toList();
    }

    private List<String> taskIds(HttpResponse<String> response) throws IOException {
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .map(task -> task.get("id").asText()).toList();
    }
}
