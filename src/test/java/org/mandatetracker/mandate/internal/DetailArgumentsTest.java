package org.mandatetracker.mandate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.base.Message;
import org.mandatetracker.entity.EntityCodes;
import org.mandatetracker.extraction.MandateKind;

class DetailArgumentsTest {

    @Test
    void textsDatesAndValuesWithWordsComeBackAsWhatTheyWere() {
        Object[] decoded = DetailArguments.decode(DetailArguments.encode(new Object[] {
                MandateKind.REPORT, LocalDate.of(2027, 3, 15), "The Council’s {0} 'reason'", 25}));

        assertThat(decoded).hasSize(4);
        assertThat(decoded[0]).isInstanceOfSatisfying(Message.class,
                words -> assertThat(words.key()).isEqualTo("MandateKind.REPORT"));
        assertThat(decoded[1]).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(decoded[2]).isEqualTo("The Council’s {0} 'reason'");
        assertThat(decoded[3]).isEqualTo("25");
    }

    @Test
    void aDetailReadsInEnglishAsItWasStoredBefore() {
        Object[] decoded = DetailArguments.decode(DetailArguments.encode(new Object[] {
                MandateKind.REPORT, MandateKind.ACTION, "No report is asked"}));

        assertThat(new Message("mandateEvent.kindCorrected", decoded).english())
                .isEqualTo("Report → Action: No report is asked");
    }

    @Test
    void entitiesComeBackAsTheirCodesForTheReaderToName() {
        Object[] decoded = DetailArguments.decode(DetailArguments.encode(new Object[] {
                new EntityCodes(List.of("DPO", "OHCHR")), new EntityCodes(List.of())}));

        assertThat(decoded).containsExactly(new EntityCodes(List.of("DPO", "OHCHR")), new EntityCodes(List.of()));
        assertThat(new Message("mandateEvent.previewAddressees", decoded).english()).isEqualTo("addressees DPO, OHCHR → ");
    }

    @Test
    void noArgumentsAndEmptyTextsSurvive() {
        assertThat(DetailArguments.decode(DetailArguments.encode(new Object[0]))).isEmpty();
        assertThat(DetailArguments.decode(DetailArguments.encode(new Object[] {"", "x"}))).containsExactly("", "x");
    }
}
