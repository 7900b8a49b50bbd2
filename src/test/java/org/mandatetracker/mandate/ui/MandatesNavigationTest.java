package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.mandate.MandateFilter;
import org.mandatetracker.mandate.MandateFilterParameters;
import org.mandatetracker.mandate.MandateStatus;
import org.mandatetracker.mandate.StatusFilter;

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
    void everyFilterOfTheRegisterHasItsParameter() {
        MandateFilter filter = MandateFilter.ALL.withStatus(StatusFilter.DUE_WITHIN_30_DAYS).withEntity("OHCHR")
                .withKind(MandateKind.AGENDA).withFocalPoint("staff").withResolutionYear(2024);

        QueryParameters address = MandatesNavigation.queryParameters(filter);

        assertThat(address.getParameters()).containsOnly(entry("status", List.of("DUE_WITHIN_30_DAYS")),
                entry("entity", List.of("OHCHR")), entry("kind", List.of("AGENDA")),
                entry("focalPoint", List.of("staff")), entry("year", List.of("2024")));
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
    void theMandatesARenewalLeftOutAreOneParameter() {
        assertThat(MandatesNavigation.queryParameters(MandateFilter.ALL.withLeftOut(true)).getQueryString())
                .isEqualTo("leftOut=true");
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("leftOut=true")))
                .isEqualTo(MandateFilter.ALL.withLeftOut(true));
    }

    @Test
    void theReportsOfAYearAreTheirYearAndOnTimeAFlag() {
        MandateFilter onTime = MandateFilter.ALL.withLeadEntity("DPO").withDelivered(new MandateFilter.DeliveredReports(2025, true));
        assertThat(MandatesNavigation.queryParameters(onTime).getParameters()).containsOnly(entry("lead", List.of("DPO")),
                entry("delivered", List.of("2025")), entry("onTime", List.of("true")));
        assertThat(MandatesNavigation.filter(MandatesNavigation.queryParameters(onTime))).isEqualTo(onTime);
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("delivered=2025")))
                .isEqualTo(MandateFilter.ALL.withDelivered(new MandateFilter.DeliveredReports(2025, false)));
        // on time says nothing without the year of the reports
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("onTime=true"))).isEqualTo(MandateFilter.ALL);
    }

    @Test
    void theBareAddressIsMyEntityAndNoFilterIsSaidAsAll() {
        QueryParameters everything = MandatesNavigation.queryParameters(MandateFilter.ALL);

        assertThat(everything.getQueryString()).isEqualTo("all=true");
        assertThat(MandatesNavigation.isBare(everything)).isFalse();
        assertThat(MandatesNavigation.filter(everything)).isEqualTo(MandateFilter.ALL);
        assertThat(MandatesNavigation.isBare(QueryParameters.empty())).isTrue();
    }

    @Test
    void aValueThatMeansNothingIsLeftOut() {
        assertThat(MandatesNavigation.filter(QueryParameters.fromString("status=LATE&dueFrom=soon&year=1200&lead=DPO")))
                .isEqualTo(MandateFilter.ALL.withLeadEntity("DPO"));
    }

    @Test
    void forAScriptAValueThatMeansNothingIsAnError() {
        Map<String, String> parameters = Map.of("lead", "DPO", "year", "soon");

        assertThatIllegalArgumentException().isThrownBy(() -> MandateFilterParameters.read(parameters::get))
                .withMessage("'soon' is not a valid year");
        assertThat(MandateFilterParameters.read(Map.of("lead", "DPO", "triage", "true")::get))
                .isEqualTo(MandateFilter.ALL.withLeadEntity("DPO").withTriage(true));
    }

    @Test
    void aTooLongValueIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MandateFilterParameters.read(Map.of("q", "x".repeat(201))::get));
    }
}
