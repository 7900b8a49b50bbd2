package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.MandateExtractor;

/**
 * The earlier resolutions a text names, in each official language: the recalls of the preamble and the
 * "paragraph N of resolution …" of the operative part. The Russian A/RES/75/10 is a real document; the
 * other sentences are written for the test in the standard wording of the Council's and the Assembly's
 * resolutions in that language, as the repository carries no resolution text in French, Spanish, Arabic
 * or Chinese.
 */
class ResolutionReferencesTest {

    private static final Body COUNCIL = Body.SECURITY_COUNCIL;
    private static final Body ASSEMBLY = Body.GENERAL_ASSEMBLY;
    private static final String RENEWAL = "S/RES/2729 (2024)";

    private static ResolutionReferences councilText(String... paragraphs) {
        return ResolutionReferences.in(List.of(paragraphs), COUNCIL, RENEWAL);
    }

    @Test
    void theRealRussianAssemblyResolutionRecallsItsResolution51Slash1() {
        // A/RES/75/10 (2020) as the UN published it, a Markdown link around the number: corpus/seeds, SOURCES.md
        ResolutionReferences references = ResolutionReferences.of(MandateExtractor.defaults().extract(
                DocumentReaders.read(Path.of("src/test/resources/corpus/seeds/002_432772bcf22ff5c1.txt"))));

        assertThat(references.symbols()).contains("A/RES/51/1").doesNotContain("A/RES/75/10");
    }

    /** Each language's recall of the renewed resolution among others, and its request "as in paragraph 32 of resolution …". */
    static Stream<Arguments> recallsAndRequests() {
        return Stream.of(
                Arguments.of("en", "Recalling its resolution 2677 (2023) and its resolutions 2206 (2015), 2290 (2016) and 2353 (2017),",
                        "Requests the Secretary-General to report every 90 days, as requested in paragraph 32 of resolution 2677 (2023);"),
                Arguments.of("fr", "Rappelant sa résolution 2677 (2023) et ses résolutions 2206 (2015), 2290 (2016) et 2353 (2017),",
                        "Prie le Secrétaire général de lui faire rapport tous les 90 jours, comme demandé au paragraphe 32 de sa "
                                + "résolution 2677 (2023) ;"),
                Arguments.of("es", "Recordando su resolución 2677 (2023) y sus resoluciones 2206 (2015), 2290 (2016) y 2353 (2017),",
                        "Solicita al Secretario General que lo informe cada 90 días, como se pide en los párrafos 29 y 32 de "
                                + "la resolución 2677 (2023);"),
                Arguments.of("ru", "ссылаясь на свою резолюцию 2677 (2023) и свои резолюции 2206 (2015), 2290 (2016) и 2353 (2017),",
                        "просит Генерального секретаря представлять ему доклады каждые 90 дней, как было предложено в пункте 32 "
                                + "своей резолюции 2677 (2023);"),
                Arguments.of("ar", "وإذ يشير إلى قراره 2677 (2023) وقراراته 2206 (2015) و 2290 (2016) و 2353 (2017)،",
                        "يطلب إلى الأمين العام أن يقدم إليه تقريرا كل 90 يوما، على النحو المطلوب في الفقرة 32 من القرار 2677 (2023)؛"),
                Arguments.of("zh", "回顾其第2677(2023)号决议和第2206（2015）、2290（2016）和2353（2017）号决议，",
                        "请秘书长每90天向安理会提交一次报告，如第2677(2023)号决议第32段所要求；"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recallsAndRequests")
    void eachLanguagesRecallsAndParagraphReferences(String language, String recall, String request) {
        ResolutionReferences references = councilText(recall, request);

        assertThat(references.symbols()).containsExactlyInAnyOrder("S/RES/2677 (2023)", "S/RES/2206 (2015)",
                "S/RES/2290 (2016)", "S/RES/2353 (2017)");
        assertThat(references.names("S/RES/2677 (2023)", "32")).as("paragraph 32 of the renewed resolution").isTrue();
        assertThat(references.names("S/RES/2206 (2015)", "32")).as("not of the others").isFalse();
    }

    @Test
    void anAssemblysSessionNumberedResolutionsInEachLanguage() {
        List<String> recalls = List.of("Rappelant sa résolution 78/10,", "Recordando su resolución 78/10,",
                "ссылаясь на свою резолюцию 78/10,", "وإذ تشير إلى قرارها 78/10،", "回顾其第78/10号决议，");

        for (String recall : recalls) {
            assertThat(ResolutionReferences.in(List.of(recall), ASSEMBLY, "A/RES/79/12").symbols()).as(recall)
                    .containsExactly("A/RES/78/10");
        }
    }

    @Test
    void itsOwnSymbolAndNumbersThatAreNoResolutionAreLeftOut() {
        ResolutionReferences references = councilText(
                "Décide que la présente résolution 2729 (2024) s'applique jusqu'au 30 avril 2025,",
                "Prie le Secrétaire général de lui présenter 2 rapports en 2025 sur les 17 000 militaires,",
                "请秘书长在第5段所述期间内提交报告，");

        assertThat(references.symbols()).isEmpty();
    }
}
