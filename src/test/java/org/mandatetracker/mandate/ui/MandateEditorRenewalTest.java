package org.mandatetracker.mandate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandatetracker.base.Message;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;
import org.mandatetracker.extraction.Strength;
import org.mandatetracker.mandate.MandateCorrection;
import org.mandatetracker.mandate.RenewalProposal;

/** The preview's renewal choice as a plain object: keep both unless a proposal is accepted. */
class MandateEditorRenewalTest {

    private static final ExtractionResult.Mandate REPORT = new ExtractionResult.Mandate("24", List.of(), "requests",
            Strength.REQUEST, MandateKind.REPORT, List.of("SECRETARY_GENERAL"), "SECURITY_COUNCIL",
            new ExtractionResult.Due(LocalDate.of(2024, 7, 28), DuePrecision.DAY, null, "every 90 days"), "P90D", null,
            "report to the Security Council on implementation of the UNMISS mandate", List.of("UNMISS"),
            "Requests the Secretary-General to report to the Security Council every 90 days", null);
    private static final RenewalProposal BEST = new RenewalProposal(812, "S/RES/2677 (2023)", "32", 1.0,
            List.of(Message.of("renewal.reason.recalls", "S/RES/2729 (2024)", "S/RES/2677 (2023)")));
    private static final RenewalProposal SECOND = new RenewalProposal(640, "S/RES/2625 (2022)", "30", 0.6,
            List.of(Message.of("renewal.reason.sameSubject", "UNMISS")));

    private static MandateEditor editor(List<RenewalProposal> proposals) {
        return new MandateEditor(3, REPORT, List.of("requests"), EntityCatalog.builtIn(), LocalDate.of(2024, 4, 29),
                MandateCorrection.LATEST_DUE, proposals);
    }

    @Test
    void aMandateWithProposalsKeepsBothUntilOneIsAccepted() {
        MandateEditor editor = editor(List.of(BEST, SECOND));

        assertThat(editor.hasRenewalProposals()).isTrue();
        assertThat(editor.correction()).isEmpty();
    }

    @Test
    void acceptingAllTakesTheBestProposal() {
        MandateEditor editor = editor(List.of(BEST, SECOND));

        editor.acceptBestRenewal();

        assertThat(editor.correction()).hasValueSatisfying(correction -> {
            assertThat(correction.index()).isEqualTo(3);
            assertThat(correction.paragraph()).isEqualTo("24");
            assertThat(correction.renews()).isEqualTo(812L);
            assertThat(correction.kind()).isNull();
        });
    }

    @Test
    void theExtensionOfAMissionsMandateWhichAddressesNobodyCanBeConfirmedAsTheTextHasIt() {
        ExtractionResult.Mandate extension = new ExtractionResult.Mandate("1", List.of(), "decides", Strength.REQUEST, MandateKind.ACTION,
                List.of(), null, new ExtractionResult.Due(LocalDate.of(2025, 4, 30), DuePrecision.DAY, null, "until 30 April 2025"),
                null, LocalDate.of(2025, 4, 30), "extend the mandate of UNMISS", List.of("UNMISS"),
                "Decides to extend the mandate of UNMISS until 30 April 2025", null);

        MandateEditor editor = new MandateEditor(0, extension, List.of("decides"), EntityCatalog.builtIn(),
                LocalDate.of(2024, 4, 29), MandateCorrection.LATEST_DUE, List.of(BEST));

        assertThat(editor.isValid()).isTrue();
        assertThat(editor(List.of()).isValid()).as("a report with its addressee").isTrue();
    }

    @Test
    void aMandateWithoutProposalsHasNothingToAccept() {
        MandateEditor editor = editor(List.of());

        editor.acceptBestRenewal();

        assertThat(editor.hasRenewalProposals()).isFalse();
        assertThat(editor.correction()).isEmpty();
    }
}
