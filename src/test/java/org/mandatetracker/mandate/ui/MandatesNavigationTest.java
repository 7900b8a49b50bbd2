package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.mandate.Body;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateStatus;

class MandatesNavigationTest {

    @Test
    void aFilterTravelsInTheAddressAndComesBackTheSame() {
        MandateFilter filter = MandateFilter.ALL.withStatus(MandateStatus.OPEN).withLeadEntity("DPO")
                .withBody(Body.SECURITY_COUNCIL).withDueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
                .withQuery("sector reform");

        QueryParameters address = MandatesNavigation.queryParameters(filter);

        assertThat(address.getParameters()).containsOnly(entry("status", List.of("OPEN")), entry("lead", List.of("DPO")),
                entry("body", List.of("SECURITY_COUNCIL")), entry("dueFrom", List.of("2026-01-01")),
                entry("dueTo", List.of("2026-01-31")), entry("q", List.of("sector reform")));
        assertThat(MandatesNavigation.filter(address)).isEqualTo(filter);
    }

    @Test
    void theTriageQueueIsOneParameter() {
        assertThat(MandatesNavigation.queryParameters(MandateFilter.ALL.withTriage(true)).getQueryString())
                .isEqualTo("triage=true");
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("triage=true")))
                .isEqualTo(MandateFilter.ALL.withTriage(true));
    }

    @Test
    void noFilterIsTheWholeRegister() {
        assertThat(MandatesNavigation.queryParameters(MandateFilter.ALL).getQueryString()).isEmpty();
        assertThat(MandatesNavigation.filter(QueryParameters.empty())).isEqualTo(MandateFilter.ALL);
    }

    @Test
    void aValueThatMeansNothingIsLeftOut() {
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("status=LATE&dueFrom=soon&lead=DPO")))
                .isEqualTo(MandateFilter.ALL.withLeadEntity("DPO"));
    }
}
