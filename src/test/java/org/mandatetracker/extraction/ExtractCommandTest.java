package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.cli.ExtractCommand;

/** The command line of the extraction contract: JSON out, exit codes 0 / 2 / 3, the worst one wins. */
class ExtractCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractCommand.run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheContractJsonForAResolution() throws Exception {
        Run run = run("src/test/resources/corpus/seeds/000_3ebbee6587f369ee.txt");

        assertThat(run.code()).isZero();
        JsonNode json = ExtractionJson.mapper().readTree(run.out());
        assertThat(json.get("document").get("adopted").asText()).isEqualTo("2020-12-03");
        JsonNode mandate = json.get("mandates").get(json.get("mandates").size() - 1);
        assertThat(mandate.fieldNames()).toIterable().containsExactly("paragraph", "subparagraphs", "verb", "strength",
                "kind", "addressees", "reportTo", "due", "recurrence", "endDate", "deliverable", "mentionedEntities", "text",
                "evidence");
        assertThat(mandate.get("due").fieldNames()).toIterable().containsExactly("date", "precision", "session", "text");
        assertThat(mandate.get("due").get("session").isNull()).isTrue();
        assertThat(json.get("paragraphs").get(0).has("subparagraphs")).isFalse();
    }

    @ParameterizedTest(name = "{0} → exit {1}")
    @CsvSource({
            "src/test/resources/corpus/seeds/001_4221a76e69d2ea31.txt, 3",
            "src/test/resources/corpus/texts/note-verbale-OLA-2022-03-04-en.pdf, 2",
            "src/test/resources/corpus/no-such-file.txt, 2"})
    void refusesWithTheContractExitCode(String file, int code) throws Exception {
        Run run = run(file);

        assertThat(run.code()).isEqualTo(code);
        assertThat(ExtractionJson.mapper().readTree(run.out()).get("error").asText()).isNotBlank();
        assertThat(run.err().isBlank()).isEqualTo(code != ExtractCommand.UNREADABLE);
    }

    @Test
    void severalFilesGiveAnArrayAndTheWorstCode() throws Exception {
        Run run = run("src/test/resources/corpus/seeds/000_3ebbee6587f369ee.txt", "src/test/resources/corpus/seeds/001_4221a76e69d2ea31.txt");

        assertThat(run.code()).isEqualTo(ExtractCommand.NOT_A_RESOLUTION);
        assertThat(ExtractionJson.mapper().readTree(run.out()).isArray()).isTrue();
    }
}
