package org.mandatetracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** Imports the earlier resolution as {@code manager}: paragraph → id of its mandates. */
    public Map<String, Long> importEarlier(WebClientSession client, ObjectMapper json) throws IOException {
        return importAsManager(client, json, earlierText, earlierSymbol(), "");
    }

    /** Imports the renewal as {@code manager}, with more parameters, e.g. {@code "&renewals=accept"}: paragraph → id. */
    public Map<String, Long> importLater(WebClientSession client, ObjectMapper json, String parameters) throws IOException {
        return importAsManager(client, json, laterText, laterSymbol(), parameters);
    }

    /**
     * The renewal as a file that names its symbol at the top, as the official document does (the corpus's
     * text, from the UN's web page, names it only as "Resolution 2729 (2024)").
     */
    public String laterDocument() {
        return laterSymbol() + "\n\n" + laterText;
    }

    /** Imports a text under the symbol given, as {@code manager}: paragraph → id of the first mandate of each. */
    private static Map<String, Long> importAsManager(WebClientSession client, ObjectMapper json, String text, String symbol,
                                                     String parameters) throws IOException {
        HttpResponse<String> response = client.send(WebClientSession.withBasic(HttpRequest.newBuilder(client.uri(
                        "/api/documents?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8) + parameters))
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
