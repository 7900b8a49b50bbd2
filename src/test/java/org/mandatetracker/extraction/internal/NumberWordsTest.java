package org.mandatetracker.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words, cardinal and ordinal, as each language's definition reads them. */
class NumberWordsTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            en | ninety                      | 90
            en | seventy-seventh             | 77
            en | eighty- third               | 83
            en | one hundred and twentieth   | 120
            en | 77th                        | 77
            en | three                       | 3
            en | several                     | -
            fr | soixante-dix-septième       | 77
            fr | quatre-vingtième            | 80
            fr | quatre-vingt-dix            | 90
            fr | vingt et unième             | 21
            fr | trente-neuvième             | 39
            fr | 77e                         | 77
            es | septuagésimo séptimo        | 77
            es | octogésima                  | 80
            es | noventa y dos               | 92
            es | tres                        | 3
            ru | семьдесят седьмой           | 77
            ru | восьмидесятой               | 80
            ru | девяноста                   | 90
            ru | трёх                        | 3
            ru | семнадцатой                 | 17
            ru | 77-й                        | 77
            ar | السابعة والسبعين            | 77
            ar | الثمانين                    | 80
            ar | تسعين                       | 90
            ar | الحادية والعشرين            | 21
            ar | ثلاثة                       | 3
            zh | 第七十七                    | 77
            zh | 九十                        | 90
            zh | 一百二十                    | 120
            zh | 两                          | 2
            zh | 十                          | 10
            zh | 第77届                      | 77
            """)
    void readsNumbersInWords(String language, String words, Integer value) {
        assertThat(NumberWords.parse(Lexicons.forLanguage(language).numbers(), words)).isEqualTo(value);
    }
}
