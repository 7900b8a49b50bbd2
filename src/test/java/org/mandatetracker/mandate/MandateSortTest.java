package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class MandateSortTest {

    @Test
    void theGridsOrderTravelsInTheAddressAndBack() {
        List<MandateSort> order = List.of(new MandateSort(MandateColumn.DUE, false), new MandateSort(MandateColumn.LEAD, true));

        assertThat(MandateSort.parameter(order)).isEqualTo("DUE,-LEAD");
        assertThat(MandateSort.parse("DUE,-LEAD")).isEqualTo(order);
        assertThat(MandateSort.parse("due, -lead")).isEqualTo(order);
    }

    @Test
    void noOrderIsNoParameter() {
        assertThat(MandateSort.parameter(List.of())).isEmpty();
        assertThat(MandateSort.parse(null)).isEmpty();
        assertThat(MandateSort.parse(" ")).isEmpty();
    }

    @Test
    void aColumnTheRegisterCannotSortByOrOneNamedTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> MandateSort.parse("colour")).withMessageContaining("colour");
        assertThatIllegalArgumentException().isThrownBy(() -> MandateSort.parse("DUE,-DUE")).withMessageContaining("twice");
        assertThatIllegalArgumentException().isThrownBy(() -> MandateSort.parse("DUE,LEAD,KIND,SYMBOL,STATUS,PARAGRAPH,DUE"));
    }
}
