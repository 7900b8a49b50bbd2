package org.mandatetracker.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meeting line under a resolution and a Security Council resolution's title, in each language's lexicon. */
class ClosingLinesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 9754th meeting
            en | 15th plenary meeting
            fr | 9754e séance
            es | 9754ª sesión
            ru | 15-е пленарное заседание
            ar | الجلسة العامة 15
            zh | 第 15 次全体会议
            """)
    void eachLanguageNamesTheMeetingThatAdoptedTheResolution(String language, String line) {
        assertThat(Lexicons.forLanguage(language).meetingLine().matcher(line).find()).isTrue();
        assertThat(Lexicons.forLanguage(language).meetingLine().matcher("Recalls its 15th plenary meeting").find())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Resolution 2553 (2020)
            fr | Résolution 2553 (2020)
            es | Resolución 2553 (2020)
            ru | Резолюция 2553 (2020)
            ar | القرار 2553 (2020)
            zh | 第2553(2020)号决议
            """)
    void eachLanguageTitlesACouncilResolutionByNumberAndYear(String language, String title) {
        var council = Lexicons.forLanguage(language).councilResolution().matcher(title);

        assertThat(council.find()).isTrue();
        assertThat(council.group("number") + "/" + council.group("year")).isEqualTo("2553/2020");
    }
}
