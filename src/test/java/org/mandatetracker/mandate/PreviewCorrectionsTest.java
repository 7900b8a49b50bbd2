package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.mandatetracker.base.Message;
import org.mandatetracker.entity.EntityCodes;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;

class PreviewCorrectionsTest {

    private static final LocalDate ADOPTED = LocalDate.of(2020, 12, 11);
    private static final Predicate<String> MANDATABLE = Set.of("SECRETARY_GENERAL", "DPO", "OHCHR")::contains;
    private static final ExtractionResult.Mandate REPORT = new ExtractionResult.Mandate("25", List.of(), "requests",
            Strength.REQUEST, MandateKind.REPORT, List.of("SECRETARY_GENERAL"), "SECURITY_COUNCIL",
            new ExtractionResult.Due(LocalDate.of(2021, 9, 30), DuePrecision.MONTH, null, "by September 2021"), null, null,
            "a report", List.of(), "Requests the Secretary-General to report by September 2021;", null);
    private static final ExtractionResult.Mandate ACTION = new ExtractionResult.Mandate("26", List.of(), "urges",
            Strength.REQUEST, MandateKind.ACTION, List.of("DPO"), null, null, null, null, null, List.of(), "Urges DPO to act;", null);

    @Test
    void noCorrectionLeavesEveryMandateAsExtracted() {
        assertThat(apply()).extracting(PreviewCorrections.CorrectedMandate::mandate).containsExactly(REPORT, ACTION);
        assertThat(apply()).extracting(PreviewCorrections.CorrectedMandate::changes).allMatch(List::isEmpty);
    }

    @Test
    void aCorrectedKindAddresseesAndDueAreAppliedAndDescribedOldToNew() {
        List<PreviewCorrections.CorrectedMandate> result = apply(new MandateCorrection(1, "26", MandateKind.REPORT,
                List.of("DPO", "OHCHR"), LocalDate.of(2021, 10, 15)));

        ExtractionResult.Mandate corrected = result.get(1).mandate();
        assertThat(corrected.kind()).isEqualTo(MandateKind.REPORT);
        assertThat(corrected.addressees()).containsExactly("DPO", "OHCHR");
        assertThat(corrected.due()).isEqualTo(new ExtractionResult.Due(LocalDate.of(2021, 10, 15), DuePrecision.DAY, null, null));
        // kept as message keys and values, so that each reader has them in their language
        assertThat(result.get(1).changes()).extracting(Message::key).containsExactly("mandateEvent.previewKind",
                "mandateEvent.previewAddressees", "mandateEvent.previewDueSet");
        assertThat(result.get(1).changes().get(0).arguments()).containsExactly(MandateKind.ACTION, MandateKind.REPORT);
        assertThat(result.get(1).changes().get(1).arguments()).containsExactly(new EntityCodes(List.of("DPO")),
                new EntityCodes(List.of("DPO", "OHCHR")));
        assertThat(result.get(1).changes().get(2).arguments()).containsExactly(LocalDate.of(2021, 10, 15));
        assertThat(result.get(1).changes()).extracting(Message::english).containsExactly("kind Action → Report",
                "addressees DPO → DPO, OHCHR", "due: no date → 2021-10-15");
        assertThat(result.get(0).changes()).isEmpty();
    }

    @Test
    void aNewDueDateKeepsTheWordsThatSetTheOldOne() {
        PreviewCorrections.CorrectedMandate result = apply(new MandateCorrection(0, "25", null, null,
                LocalDate.of(2021, 10, 15))).get(0);

        assertThat(result.mandate().due().text()).isEqualTo("by September 2021");
        assertThat(result.mandate().kind()).isEqualTo(MandateKind.REPORT);
        assertThat(result.changes()).extracting(Message::english).containsExactly("due 2021-09-30 → 2021-10-15");
    }

    @Test
    void aCorrectionThatRepeatsWhatWasExtractedIsNoChange() {
        assertThat(apply(new MandateCorrection(0, "25", MandateKind.REPORT, List.of("SECRETARY_GENERAL"),
                LocalDate.of(2021, 9, 30))).get(0).changes()).isEmpty();
    }

    @Test
    void wrongCorrectionsAreRefused() {
        assertRefused(new MandateCorrection(2, "25", MandateKind.REPORT, null, null), "There is no mandate 2");
        assertRefused(new MandateCorrection(-1, "25", MandateKind.REPORT, null, null), "There is no mandate -1");
        assertRefused(new MandateCorrection(0, "26", MandateKind.REPORT, null, null), "is in paragraph 25, not 26");
        assertRefused(new MandateCorrection(0, "25", null, List.of("UNICORN"), null), "'UNICORN' is not an entity");
        assertRefused(new MandateCorrection(0, "25", null, List.of(), null), "from 1 to 20 addressees");
        assertRefused(new MandateCorrection(0, "25", null, List.of("DPO", "DPO"), null), "named twice");
        assertRefused(new MandateCorrection(0, "25", null, null, ADOPTED.minusDays(1)), "between 2020-12-11 and 2099-12-31");
        assertRefused(new MandateCorrection(0, "25", null, null, LocalDate.of(2100, 1, 1)), "between");
    }

    @Test
    void oneMandateIsCorrectedOnce() {
        MandateCorrection correction = new MandateCorrection(0, "25", MandateKind.ACTION, null, null);
        assertThatThrownBy(() -> apply(correction, correction)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("corrected twice");
    }

    private static void assertRefused(MandateCorrection correction, String reason) {
        assertThatThrownBy(() -> apply(correction)).isInstanceOf(ImportRejectedException.class).hasMessageContaining(reason);
    }

    private static List<PreviewCorrections.CorrectedMandate> apply(MandateCorrection... corrections) {
        return PreviewCorrections.apply(List.of(REPORT, ACTION), List.of(corrections), MANDATABLE, ADOPTED);
    }
}
