package org.mandatetracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.TestCorpus;

/** Each format and encoding read from real documents: format recognised, text found, furniture gone. */
class DocumentReadersTest {

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            corpus/texts/A-RES-79-12-en.txt          | txt  | Requests the secretariats of the United Nations
            corpus/texts/A-RES-80-11-en.md           | md   | Peacebuilding Commission
            corpus/texts/A-RES-79-254-en.pdf         | pdf  | Requests the Secretary-General to continue to ensure
            corpus/texts/A-80-590-SG-report-en.docx  | docx | Budget performance of the United Nations Multidimensional
            corpus/seeds/002_432772bcf22ff5c1.txt           | txt  | Генерального секретаря представить Генеральной Ассамблее
            """)
    void readsEachFormat(String file, String format, String expectedText) {
        DocumentText text = DocumentReaders.read(TestCorpus.RESOURCES.resolve(file));

        assertThat(text.format()).isEqualTo(format);
        assertThat(text.text().replaceAll("\\s+", " ")).contains(expectedText);
    }

    @ParameterizedTest(name = "page furniture of {0} is removed")
    @CsvSource(delimiter = '|', textBlock = """
            corpus/texts/A-RES-79-254-en.pdf | 24-24695 2/5 | of the Secretary-General and of the United Nations System Chief Executives Board for Coordination thereon,7 1. Takes note
            corpus/texts/A-RES-79-12-en.txt  | 2/3          | organizations, Recalling the statements by the President
            """)
    void removesHeadersFootersAndFootnotesAcrossPages(String file, String furniture, String joined) {
        String text = DocumentReaders.read(TestCorpus.RESOURCES.resolve(file)).text().replaceAll("\\s+", " ");

        assertThat(text).doesNotContain(furniture).contains(joined);
    }

    private static final String RUSSIAN = "Генеральная Ассамблея, ссылаясь на свои предыдущие резолюции, просит "
            + "Генерального секретаря представить Генеральной Ассамблее на ее семьдесят седьмой сессии доклад об "
            + "осуществлении настоящей резолюции; постановляет включить в предварительную повестку дня пункт. ";
    private static final String FRENCH = "L'Assemblée générale, rappelant ses résolutions antérieures, prie le "
            + "Secrétaire général de lui présenter, à sa soixante-dix-septième session, un rapport détaillé sur "
            + "l'exécution de la présente résolution ; décide d'inscrire à l'ordre du jour provisoire la question. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-16LE, ru", "UTF-16BE, ru", "UTF-8, ru", "windows-1251, ru", "KOI8-R, ru", "windows-1252, fr",
            "UTF-8, fr"})
    void detectsTheEncoding(String encoding, String language) throws IOException {
        String original = (language.equals("ru") ? RUSSIAN : FRENCH).repeat(5);
        byte[] bom = switch (encoding) {
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        byte[] body = original.getBytes(Charset.forName(encoding));
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        DocumentText text = DocumentReaders.read("resolution.txt", content);

        assertThat(text.charset()).isNotBlank();
        assertThat(text.text()).contains(language.equals("ru") ? "семьдесят седьмой сессии" : "soixante-dix-septième");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <!DOCTYPE html><html><body><p>The General Assembly,</p><p>1. <i>Requests</i> the Secretary-General</p></body></html> | The General Assembly,
            <html><body><div>Line one<br>Line two</div><script>var x = 1;</script></body></html>                                | Line two
            """)
    void readsHtmlBlocksAsParagraphs(String html, String expected) {
        DocumentText text = DocumentReaders.read("page.bin", html.getBytes(StandardCharsets.UTF_8));

        assertThat(text.format()).isEqualTo("html");
        assertThat(text.text()).contains(expected).doesNotContain("var x");
    }

    @ParameterizedTest(name = "recommen- + dations: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the recommen-\\ndations and the recommendations | recommendations and
            a context-\\nspecific approach                   | context-specific approach
            """)
    void joinsWordsHyphenatedAtLineEnds(String raw, String expected) {
        DocumentText text = DocumentReaders.read("t.txt", raw.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).contains(expected);
    }
}
