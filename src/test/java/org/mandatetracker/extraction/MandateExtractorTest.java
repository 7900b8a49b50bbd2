package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.TestCorpus;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.extraction.ExtractionResult.Due;
import org.mandatetracker.extraction.ExtractionResult.Mandate;

/** Mandates per language, per deadline form and per document shape, input → expected. */
class MandateExtractorTest {

    private static final Path OWN = Path.of("src/test/resources/extraction");
    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();

    static ExtractionResult extract(Path file) {
        return EXTRACTOR.extract(DocumentReaders.read(file));
    }

    static Mandate mandate(ExtractionResult result, String paragraph) {
        return result.mandates().stream().filter(m -> m.paragraph().equals(paragraph)).findFirst()
                .orElseThrow(() -> new AssertionError("no mandate in paragraph " + paragraph + ": " + result.mandates()));
    }

    @Test
    void resolutionInsideARussianCoverLetter() {
        ExtractionResult result = extract(TestCorpus.SEEDS.resolve("000_3ebbee6587f369ee.txt"));

        assertThat(result.document()).isEqualTo(new ExtractionResult.Document("S/RES/2553 (2020)", Body.SECURITY_COUNCIL,
                LocalDate.of(2020, 12, 3), "en", "adopted"));
        assertThat(result.paragraphs().stream().filter(ExtractionResult.Paragraph::isOperative)).hasSize(26);
        Mandate report = mandate(result, "25");
        assertThat(report.kind()).isEqualTo(MandateKind.REPORT);
        assertThat(report.addressees()).containsExactly("SECRETARY_GENERAL");
        assertThat(report.reportTo()).isEqualTo("SECURITY_COUNCIL");
        assertThat(report.due()).isEqualTo(new Due(LocalDate.of(2021, 9, 30), DuePrecision.MONTH, null, "in September 2021"));
        assertThat(report.deliverable()).startsWith("a report to the Security Council on his efforts");
        assertThat(mandate(result, "20").subparagraphs()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i",
                "j", "k");
    }

    @Test
    void russianResolutionWithCyrillicSubparagraphs() {
        ExtractionResult result = extract(TestCorpus.SEEDS.resolve("002_432772bcf22ff5c1.txt"));

        assertThat(result.document().symbol()).isEqualTo("A/RES/75/10");
        assertThat(result.document().language()).isEqualTo("ru");
        assertThat(result.paragraphs().stream().filter(p -> "13".equals(p.number())).findFirst().orElseThrow()
                .subparagraphs()).extracting(ExtractionResult.Subparagraph::label).containsExactly("а", "б", "с", "д", "е");
        assertThat(mandate(result, "15").due().session()).isEqualTo(77);
        assertThat(mandate(result, "16").kind()).isEqualTo(MandateKind.AGENDA);
    }

    @ParameterizedTest(name = "{0} ¶{1}: {2} {3} due {4}/{5}/{6} every {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            fr/resolution-ag-fr.txt    | 2 | REPORT | SECRETARY_GENERAL | 2022-09-13 | session | 77 | -
            fr/resolution-ag-fr.txt    | 4 | REPORT | OHCHR             | 2022-06-30 | day     | -  | -
            fr/resolution-ag-fr.txt    | 5 | REPORT | UNDP              | 2022-06-15 | day     | -  | P6M
            fr/resolution-ag-fr.txt    | 6 | AGENDA | -                 | 2022-09-13 | session | 77 | -
            es/resolucion-cs-es.txt    | 1 | ACTION | UNSOM             | 2023-04-30 | day     | -  | -
            es/resolucion-cs-es.txt    | 2 | REPORT | SECRETARY_GENERAL | 2022-06-30 | day     | -  | -
            es/resolucion-cs-es.txt    | 4 | REPORT | SECRETARY_GENERAL | 2022-06-29 | day     | -  | P3M
            ru/rezolyuciya-ga-ru.txt   | 2 | REPORT | SECRETARY_GENERAL | 2022-09-30 | month   | -  | -
            ru/rezolyuciya-ga-ru.txt   | 3 | REPORT | UNODC             | 2022-06-30 | day     | -  | -
            ru/rezolyuciya-ga-ru.txt   | 5 | REPORT | SECRETARY_GENERAL | 2022-06-10 | day     | -  | P6M
            ru/rezolyuciya-ga-ru.txt   | 6 | AGENDA | -                 | 2022-09-13 | session | 77 | -
            ar/qarar-ga-ar.txt         | 2 | REPORT | SECRETARY_GENERAL | 2022-09-13 | session | 77 | -
            ar/qarar-ga-ar.txt         | 4 | REPORT | SECRETARY_GENERAL | 2022-06-30 | day     | -  | -
            ar/qarar-ga-ar.txt         | 5 | AGENDA | -                 | 2022-09-13 | session | 77 | -
            zh/jueyi-ga-zh.txt         | 2 | REPORT | SECRETARY_GENERAL | 2022-09-13 | session | 77 | -
            zh/jueyi-ga-zh.txt         | 4 | REPORT | SECRETARY_GENERAL | 2022-06-30 | day     | -  | -
            zh/jueyi-ga-zh.txt         | 5 | REPORT | SECRETARY_GENERAL | 2022-06-08 | day     | -  | P6M
            zh/jueyi-ga-zh.txt         | 6 | AGENDA | -                 | 2022-09-13 | session | 77 | -
            en/deadline-forms-en.txt   | 1 | ACTION | -                 | 2023-03-17 | day     | -  | -
            en/deadline-forms-en.txt   | 2 | REPORT | SECRETARY_GENERAL | 2022-06-30 | day     | -  | -
            en/deadline-forms-en.txt   | 3 | REPORT | SECRETARY_GENERAL | 2022-06-15 | day     | -  | -
            en/deadline-forms-en.txt   | 4 | REPORT | SECRETARY_GENERAL | 2022-09-15 | day     | -  | P6M
            en/deadline-forms-en.txt   | 5 | ACTION | SECRETARY_GENERAL | 2023-12-31 | day     | -  | -
            en/deadline-forms-en.txt   | 6 | REPORT | SECRETARY_GENERAL | 2023-03-15 | day     | -  | P1Y
            en/deadline-forms-en.txt   | 7 | REPORT | SECRETARY_GENERAL | 2023-03-17 | day     | -  | -
            """)
    void ownResolutionsInEveryLanguage(String file, String paragraph, MandateKind kind, String addressee, String date,
                                       String precision, Integer session, String recurrence) {
        Mandate mandate = mandate(extract(OWN.resolve(file)), paragraph);

        assertThat(mandate.kind()).isEqualTo(kind);
        if (addressee != null) {
            assertThat(mandate.addressees()).contains(addressee);
        }
        assertThat(mandate.due().date()).isEqualTo(LocalDate.parse(date));
        assertThat(mandate.due().precision().contractName()).isEqualTo(precision);
        assertThat(mandate.due().session()).isEqualTo(session);
        assertThat(mandate.recurrence()).isEqualTo(recurrence);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            in September 2021                                      | 2021-09-30 | month   | -  | false
            by 30 June 2022                                        | 2022-06-30 | day     | -  | false
            no later than 30 June 2022                             | 2022-06-30 | day     | -  | false
            at its seventy-seventh session                         | 2022-09-13 | session | 77 | false
            within 90 days                                         | 2021-04-01 | day     | -  | false
            within three months of the adoption of the present resolution | 2021-04-01 | day | - | false
            by the end of 2027                                     | 2027-12-31 | day     | -  | false
            before the end of its eightieth session                | 2026-09-07 | session | 80 | false
            at its eighty-first session                            | 2026-09-08 | session | 81 | false
            at its eighty-second session                           | 2027-09-07 | session | 82 | true
            before the end of its eighty-first session             | 2027-09-06 | session | 81 | true
            by the end of the first quarter of 2026                | 2026-03-31 | day     | -  | false
            in 2025                                                | 2025-12-31 | year    | -  | false
            """)
    void deadlineForms(String phrase, String date, String precision, Integer session, boolean estimated) {
        Due due = reportDue(phrase);

        assertThat(due.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
        assertThat(due.precision().contractName()).isEqualTo(precision);
        assertThat(due.session()).isEqualTo(session);
        assertThat(due.estimated()).isEqualTo(estimated);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            to the Human Rights Council at its sixty-third session               | 2026-09-14 | true
            to the Economic and Social Council at its 2027 session              | 2026-07-30 | true
            to the Economic and Social Council at its 2026 session              | 2025-07-31 | false
            """)
    void theSessionsOfTheBodyNamedBeforeThem(String phrase, LocalDate date, boolean estimated) {
        Due due = reportDue(phrase);

        assertThat(due.date()).isEqualTo(date);
        assertThat(due.estimated()).isEqualTo(estimated);
    }

    @Test
    void anEstimatedDueSaysSoInJsonAndAKnownOneSaysNothing() throws Exception {
        String estimated = ExtractionJson.mapper().writeValueAsString(reportDue("at its eighty-second session"));
        String known = ExtractionJson.mapper().writeValueAsString(reportDue("at its eightieth session"));

        assertThat(estimated).contains("\"date\":\"2027-09-07\"").endsWith(",\"estimated\":true}");
        assertThat(known).contains("\"date\":\"2025-09-09\"").doesNotContain("estimated");
    }

    /** The due of a report requested "… a report {deadline};" by a General Assembly resolution of 1 January 2021. */
    private static Due reportDue(String deadline) {
        String resolution = "Resolution adopted by the General Assembly on 1 January 2021\n\nThe General Assembly,\n\n"
                + "Recalling its resolutions,\n\n1. Requests the Secretary-General to submit a report " + deadline + ";\n";
        return EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8)).mandates().get(0).due();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"every 90 days, P90D", "annually, P1Y", "every six months, P6M", "every three months, P3M",
            "on a biennial basis, P2Y", "every 5 years, P5Y"})
    void recurrences(String phrase, String recurrence) {
        String resolution = "The Security Council,\n\nRecalling its resolutions,\n\n1. Requests the Secretary-General "
                + "to report to the Council " + phrase + ";\n";

        assertThat(EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8)).mandates().get(0)
                .recurrence()).isEqualTo(recurrence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Urges Member States to cooperate fully;                              | false
            Reaffirms the role of the United Nations;                            | false
            Decides to remain actively seized of the matter.                     | false
            Encourages Member States and the United Nations system to cooperate; | true
            Decides to convene a high-level meeting in 2026;                     | true
            Requests the Secretary-General to transmit the present resolution;   | true
            """)
    void whatIsAMandate(String paragraph, boolean mandate) {
        String resolution = "The General Assembly,\n\nRecalling its resolutions,\n\n1. " + paragraph + "\n";

        assertThat(EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8)).mandates())
                .hasSize(mandate ? 1 : 0);
    }

    @Test
    void partsWhoseNumberingRestartsArePrefixed() {
        String resolution = "The General Assembly,\n\nRecalling its resolutions,\n\nA\n\n1. Requests the Secretary-General "
                + "to act;\n\n2. Notes the report;\n\nB\n\nThe General Assembly,\n\n1. Invites the United Nations system "
                + "to act.\n";

        List<String> numbers = EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8)).paragraphs()
                .stream().filter(ExtractionResult.Paragraph::isOperative).map(ExtractionResult.Paragraph::number).toList();

        assertThat(numbers).containsExactly("A.1", "A.2", "B.1");
    }

    @Test
    void draftHasNoAdoptionDate() {
        ExtractionResult result = extract(TestCorpus.TEXTS.resolve("draft-S-2019-266-en.pdf"));

        assertThat(result.document().status()).isEqualTo("draft");
        assertThat(result.document().adopted()).isNull();
        assertThat(result.document().symbol()).isEqualTo("S/2019/266");
    }

    @ParameterizedTest
    @CsvSource({"corpus/seeds/001_4221a76e69d2ea31.txt", "corpus/seeds/003_d3ec1f7fb168409f.txt",
            "corpus/texts/speech-SC-1976-Harry-Australia-en.md", "corpus/texts/A-80-590-SG-report-en.docx"})
    void refusesWhatIsNotAResolution(String file) {
        assertThatThrownBy(() -> extract(TestCorpus.RESOURCES.resolve(file))).isInstanceOf(NotAResolutionException.class)
                .hasMessageContaining("not a resolution");
    }
}
