package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.document.DocumentReadException;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.extraction.ExtractionResult.Evidence;
import org.mandatetracker.extraction.ExtractionResult.Mandate;
import org.mandatetracker.extraction.ExtractionResult.Paragraph;
import org.mandatetracker.extraction.ExtractionResult.Span;

/** Every mandate's evidence: spans into its paragraph that cut exactly the words it rests on. */
class EvidenceTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();
    private static final Path OWN = TestCorpus.RESOURCES.resolve("extraction");

    private static String cut(String text, Span span) {
        return span == null ? null : text.substring(span.start(), span.end());
    }

    @ParameterizedTest(name = "{0} ¶{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en/deadline-forms-en.txt   | 2 | Requests | Secretary-General       | 30 June 2022                  | report to the Council
            fr/resolution-ag-fr.txt    | 2 | Prie     | Secrétaire général      | soixante-dix-septième session | un rapport sur l'application de la présente résolution
            es/resolucion-cs-es.txt    | 2 | Solicita | Secretario General      | 30 de junio de 2022           | informe a más tardar el 30 de junio de 2022 sobre la aplicación de la presente resolución
            ru/rezolyuciya-ga-ru.txt   | 2 | просит   | Генерального секретаря  | в сентябре 2022               | доклад
            ar/qarar-ga-ar.txt         | 2 | تطلب     | الأمين العام            | دورتها السابعة والسبعين        | تقريرا عن تنفيذ هذا القرار
            zh/jueyi-ga-zh.txt         | 2 | 请       | 秘书长                  | 第七十七届会议                 | 提交关于本决议执行情况的报告
            """)
    void theSpansCutTheVerbTheAddresseeTheDeadlineAndTheDeliverable(String file, String paragraph, String verb,
                                                                   String addressee, String deadline,
                                                                   String deliverable) {
        Mandate mandate = MandateExtractorTest.mandate(MandateExtractorTest.extract(OWN.resolve(file)), paragraph);
        Evidence evidence = mandate.evidence();

        assertThat(cut(mandate.text(), evidence.verb())).isEqualTo(verb);
        assertThat(evidence.addressees()).extracting(span -> cut(mandate.text(), span)).containsExactly(addressee);
        assertThat(cut(mandate.text(), evidence.deadline())).isEqualTo(deadline).isEqualTo(mandate.due().text());
        assertThat(cut(mandate.text(), evidence.deliverable())).isEqualTo(deliverable).isEqualTo(mandate.deliverable());
    }

    /** On every resolution the repository carries: each span lies on word boundaries and says what the mandate says. */
    @Test
    void everySpanOfEveryMandateCutsWholeWords() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(TestCorpus.TEXTS, TestCorpus.SEEDS, OWN)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        SoftAssertions softly = new SoftAssertions();
        int mandates = 0;
        for (Path file : files) {
            ExtractionResult result;
            try {
                result = EXTRACTOR.extract(DocumentReaders.read(file));
            } catch (NotAResolutionException | DocumentReadException e) {
                continue;
            }
            for (Mandate mandate : result.mandates()) {
                mandates++;
                String where = file.getFileName() + " ¶" + mandate.paragraph();
                String text = mandate.text();
                Evidence evidence = mandate.evidence();
                List<String> verbs = result.paragraphs().stream()
                        .filter(p -> mandate.paragraph().equals(p.number())).findFirst().map(Paragraph::verbs)
                        .orElseThrow();
                softly.assertThat(verbs).as(where).contains(cut(text, evidence.verb()).toLowerCase());
                softly.assertThat(evidence.addressees()).as(where).hasSize(mandate.addressees().size());
                if (mandate.due() != null && mandate.due().text() != null) {
                    softly.assertThat(cut(text, evidence.deadline())).as(where).isEqualTo(mandate.due().text());
                }
                if (mandate.deliverable() != null) {
                    softly.assertThat(cut(text, evidence.deliverable())).as(where)
                            .isEqualTo(mandate.deliverable().replaceFirst(" …$", ""));
                }
                List<Span> spans = new ArrayList<>(evidence.addressees());
                spans.add(evidence.verb());
                spans.add(evidence.deadline());
                spans.add(evidence.deliverable());
                for (Span span : spans) {
                    if (span != null) {
                        softly.assertThat(span.end()).as(where).isLessThanOrEqualTo(text.length());
                        softly.assertThat(atWordBoundary(text, span.start()) && atWordBoundary(text, span.end()))
                                .as("%s: %s cuts a word", where, cut(text, span)).isTrue();
                    }
                }
            }
        }
        softly.assertThat(mandates).isGreaterThan(300);
        softly.assertAll();
    }

    @Test
    void theEvidenceIsWrittenAsPairsOfOffsets() {
        Mandate mandate = MandateExtractorTest.mandate(
                MandateExtractorTest.extract(OWN.resolve("en/deadline-forms-en.txt")), "2");

        JsonNode json = ExtractionJson.mapper().valueToTree(mandate).get("evidence");

        assertThat(json.get("verb").toString()).isEqualTo("[0,8]");
        assertThat(json.get("addressees").get(0).toString()).isEqualTo("[13,30]");
        assertThat(json.get("deadline").size()).isEqualTo(2);
    }

    /**
     * Chinese runs without spaces: any place between two of its characters is a boundary; so is the place
     * after an Arabic one-letter proclitic ("لدورتها": "ل" + "دورتها").
     */
    private static boolean atWordBoundary(String text, int at) {
        return at == 0 || at == text.length() || !inWord(text.charAt(at - 1)) || !inWord(text.charAt(at))
                || ARABIC_PROCLITICS.indexOf(text.charAt(at - 1)) >= 0 && (at == 1 || !inWord(text.charAt(at - 2)));
    }

    private static final String ARABIC_PROCLITICS = "لبوفك";

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }
}
