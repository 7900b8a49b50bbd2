package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One spelling per symbol: the duplicate check compares these. */
class DocumentSymbolsTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            S/RES/2553 (2020)        | S/RES/2553 (2020)
            S/RES/2553(2020)         | S/RES/2553 (2020)
            s/res/2553 (2020)        | S/RES/2553 (2020)
            '  S / RES / 2553  ( 2020 ) ' | S/RES/2553 (2020)
            a/res/79/12              | A/RES/79/12
            A/HRC/RES/57/22          | A/HRC/RES/57/22
            a/79/l.12/rev.1          | A/79/L.12/Rev.1
            e/cn.6/2024/3/ADD.2      | E/CN.6/2024/3/Add.2
            """)
    void normalises(String given, String expected) {
        assertThat(DocumentSymbols.normalise(given)).isEqualTo(expected);
    }
}
