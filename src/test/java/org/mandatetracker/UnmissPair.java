package org.mandatetracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The real UNMISS renewal, S/RES/2677 (2023) renewed by S/RES/2729 (2024) (corpus/texts, SOURCES.md), each
 * under a number no earlier run used, the later one naming the earlier by its new number as the original does.
 */
public record UnmissPair(String earlierNumber, String earlierText, String laterNumber, String laterText) {

    public static UnmissPair fresh() throws IOException {
        String earlier = number(TestResolutions.freshSymbol());
        String later = number(TestResolutions.freshSymbol());
        return new UnmissPair(earlier,
                Files.readString(TestCorpus.TEXTS.resolve("S-RES-2677-2023-en.txt")).replace("2677 (2023)", earlier + " (2023)"),
                later,
                Files.readString(TestCorpus.TEXTS.resolve("S-RES-2729-2024-en.txt")).replace("2677 (2023)", earlier + " (2023)")
                        .replace("2729 (2024)", later + " (2024)"));
    }

    public String earlierSymbol() {
        return "S/RES/" + earlierNumber + " (2023)";
    }

    public String laterSymbol() {
        return "S/RES/" + laterNumber + " (2024)";
    }

    /**
     * Imports a text that names its own symbol as {@code manager} (demo password), with the query given, e.g.
     * {@code "?renewals=accept"}, and answers paragraph → id of the mandates created (the first of a paragraph).
     */
    public static Map<String, Long> importAsManager(WebClientSession client, ObjectMapper json, String text,
                                                    String query) throws IOException {
        HttpResponse<String> response = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(
                        client.uri("/api/documents" + query))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)), "manager", "demo"));
        if (response.statusCode() != 201) {
            throw new AssertionError("import answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, Long> byParagraph = new HashMap<>();
        json.readTree(response.body()).get("mandates").forEach(mandate ->
                byParagraph.putIfAbsent(mandate.get("paragraph").asText(), mandate.get("id").asLong()));
        return byParagraph;
    }

    private static String number(String symbol) {
        return symbol.substring("S/RES/".length(), symbol.indexOf(' '));
    }
}
