package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MandateTextSearchTest {

    @Test
    void theWordsAreRunsOfLettersAndDigitsAsTheFullTextIndexCutsThem() {
        assertThat(MandateTextSearch.indexedWords("S/RES/2553 (2020)")).containsExactly("res", "2553", "2020");
        assertThat(MandateTextSearch.indexedWords("Secretary-General’s report_on")).containsExactly("secretary", "general",
                "report_on");
        assertThat(MandateTextSearch.indexedWords("миротворческих операций")).containsExactly("миротворческих", "операций");
    }

    @Test
    void wordsTheIndexLeavesOutAreNotAskedOfIt() {
        assertThat(MandateTextSearch.indexedWords("the report of the UN on peace")).containsExactly("report", "peace");
        assertThat(MandateTextSearch.indexedWords("UN")).isEmpty();
    }

    @Test
    void aTextWrittenWithoutSpacesBetweenWordsHasNoWordsToLookUp() {
        assertThat(MandateTextSearch.indexedWords("维持和平行动")).isEmpty();
        assertThat(MandateTextSearch.indexedWords("S/RES/2553 维持和平")).isEmpty();
    }
}
