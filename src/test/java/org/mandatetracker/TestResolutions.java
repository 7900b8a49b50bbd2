package org.mandatetracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real resolutions for integration tests. Imports get a symbol no earlier run has used, because a
 * MariaDB test database outlives a test run and a symbol can be imported once only.
 */
public final class TestResolutions {

    /** Seed 000: Security Council resolution 2553 (2020) inside a Russian cover letter; paragraph 25 asks for a report in September 2021. */
    public static final Path SEED_000 = TestCorpus.SEEDS.resolve("000_3ebbee6587f369ee.txt");
    private static final String SEED_000_SYMBOL = "S/RES/2553 (2020)";
    /**
     * Symbols one after the other from a random start: no two imports of a run share one (random numbers
     * did, by the birthday rule, once a run imported a few hundred), and runs rarely meet in a database
     * that outlives them.
     */
    private static final AtomicInteger NEXT_SYMBOL_NUMBER = new AtomicInteger(
            10000 + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 70000));

    private TestResolutions() {
    }

    public static String freshSymbol() {
        return "S/RES/" + NEXT_SYMBOL_NUMBER.getAndIncrement() + " (2020)";
    }

    /** Seed 000 with its symbol replaced. */
    public static String seed000As(String symbol) {
        return textAs(SEED_000, SEED_000_SYMBOL, symbol);
    }

    /**
     * Security Council resolution 2461 (2019): paragraph 22 asks for a report by 15 May 2019 and every
     * 90 days. Its text names itself only in its title, "Resolution 2461 (2019)"; that becomes the
     * number of {@code symbol}, e.g. "Resolution 12345 (2020)" for {@code S/RES/12345 (2020)}.
     */
    public static String resolution2461As(String symbol) {
        return textAs(TestCorpus.TEXTS.resolve("S-RES-2461-2019-en.txt"), "Resolution 2461 (2019)",
                "Resolution " + symbol.substring(symbol.lastIndexOf('/') + 1));
    }

    private static String textAs(Path file, String originalSymbol, String symbol) {
        try {
            return Files.readString(file).replace(originalSymbol, symbol);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /api/documents} with the text as {@code text/plain}, signed in with HTTP Basic. */
    public static HttpResponse<String> importText(WebClientSession client, String text, String username,
                                                  String password) {
        return importText(client, text, null, username, password);
    }

    /** The same, under the symbol given with {@code ?symbol=} unless it is {@code null}. */
    public static HttpResponse<String> importText(WebClientSession client, String text, String symbol, String username,
                                                  String password) {
        String path = symbol == null ? "/api/documents" : "/api/documents?symbol=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8);
        return client.send(WebClientSession.withBasic(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), username, password));
    }
}
