package org.mandatetracker.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of a text from its script and the common words of each language's definition, and cuts that never fall inside a word of any script. */
class ScriptsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Requests the Secretary-General to submit a report to the Council and to keep it informed | en
            Prie le Secrétaire général de lui présenter un rapport sur les travaux et les progrès     | fr
            Pide al Secretario General que le presente un informe sobre los progresos y las medidas | es
            Просит Генерального секретаря представить доклад о ходе осуществления резолюции      | ru
            تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار                         | ar
            请秘书长向大会第八十届会议提交关于本决议执行情况的报告                                     | zh
            """)
    void tellsTheLanguageByScriptAndCommonestWords(String text, String language) {
        assertThat(Scripts.language(text)).isEqualTo(language);
    }

    /** Else a text in it could never be told from the first language of its script. */
    @Test
    void aLanguageSharingItsScriptWithAnotherListsItsCommonWords() {
        for (Lexicon lexicon : Lexicons.all()) {
            boolean shared = Lexicons.all().stream()
                    .anyMatch(other -> other != lexicon && other.script() == lexicon.script());
            assertThat(lexicon.commonWords().isEmpty()).as(lexicon.language()).isEqualTo(!shared);
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            координацией уголовной полиции | 13 | 13
            координацией уголовной полиции | 17 | 13
            تعزيز التعاون الدولي          | 9  | 6
            Requests the Secretary-General  | 11 | 9
            """)
    void aCutMovesBackToTheStartOfItsWord(String text, int at, int expected) {
        assertThat(MandateAnalyser.wordStart(text, at, 0)).isEqualTo(expected);
    }

    @Test
    void chineseIsCutAnywhereForItHasNoSpaces() {
        String text = "请秘书长提交报告";

        assertThat(MandateAnalyser.wordStart(text, 4, 0)).isEqualTo(4);
    }
}
