package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;

/** Renewals matched on the real pairs the repository carries (corpus/texts, SOURCES.md). */
class RenewalMatcherTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();
    private static final RenewalMatcher MATCHER = RenewalMatcher.of(EntityCatalog.builtIn());
    private static final ExtractionResult UNMISS_2023 = read("S-RES-2677-2023-en.txt");
    private static final ExtractionResult UNMISS_2024 = read("S-RES-2729-2024-en.txt");
    private static final ExtractionResult UNAMA_2024 = read("S-RES-2727-2024-en.txt");
    private static final ExtractionResult UNAMA_2025 = read("S-RES-2777-2025-en.txt");

    private static ExtractionResult read(String file) {
        return EXTRACTOR.extract(DocumentReaders.read(Path.of("src/test/resources/corpus/texts", file)));
    }

    /** The earlier resolutions' mandates as the register holds them, numbered from {@code firstId} in order. */
    private static List<RenewalCandidate> open(long firstId, ExtractionResult... earlier) {
        List<RenewalCandidate> candidates = new ArrayList<>();
        for (ExtractionResult resolution : earlier) {
            for (ExtractionResult.Mandate mandate : resolution.mandates()) {
                candidates.add(new RenewalCandidate(firstId + candidates.size(),
                        DocumentSymbols.normalise(resolution.document().symbol()), mandate.paragraph(), mandate.kind(),
                        mandate.addressees(), mandate.mentionedEntities(), mandate.recurrence(), mandate.text()));
            }
        }
        return candidates;
    }

    /** New paragraph → the earlier paragraph proposed first, for the mandates with a proposal. */
    private static Map<String, String> bestMatches(ExtractionResult renewal, List<RenewalCandidate> candidates) {
        List<List<RenewalProposal>> proposals = MATCHER.match(renewal, ResolutionReferences.of(renewal), candidates);
        return IntStream.range(0, proposals.size()).filter(index -> !proposals.get(index).isEmpty()).boxed()
                .collect(java.util.stream.Collectors.toMap(index -> renewal.mandates().get(index).paragraph(),
                        index -> proposals.get(index).get(0).symbol() + " " + proposals.get(index).get(0).paragraph()));
    }

    @Test
    void theRenewalNamesTheResolutionItRenewsAmongOthers() {
        ResolutionReferences references = ResolutionReferences.of(UNMISS_2024);

        assertThat(references.symbols()).contains("S/RES/2677 (2023)", "S/RES/2567 (2021)", "S/RES/2206 (2015)",
                "S/RES/2290 (2016)", "S/RES/2353 (2017)").doesNotContain("S/RES/2729 (2024)");
        assertThat(references.names("S/RES/2625 (2022)", "20")).isTrue();
    }

    @Test
    void everyRepeatedReportingRequestOfUnmissIsProposed() {
        Map<String, String> matches = bestMatches(UNMISS_2024, open(1, UNMISS_2023));

        assertThat(matches).containsEntry("3", "S/RES/2677 (2023) 3")
                .containsEntry("22", "S/RES/2677 (2023) 29")
                .containsEntry("24", "S/RES/2677 (2023) 32")
                .containsEntry("1", "S/RES/2677 (2023) 1");
    }

    @Test
    void theUnamaReportEveryThreeMonthsIsProposedWithItsReasons() {
        List<List<RenewalProposal>> proposals = MATCHER.match(UNAMA_2025, ResolutionReferences.of(UNAMA_2025),
                open(1, UNAMA_2024));

        RenewalProposal report = proposals.get(indexOf(UNAMA_2025, "5")).get(0);
        assertThat(report.symbol()).isEqualTo("S/RES/2727 (2024)");
        assertThat(report.paragraph()).isEqualTo("5");
        assertThat(report.reasons()).anyMatch(reason -> reason.contains("recalls S/RES/2727 (2024)"))
                .anyMatch(reason -> reason.contains("UNAMA")).anyMatch(reason -> reason.contains("P3M"));
        assertThat(proposals.get(indexOf(UNAMA_2025, "3")).get(0).paragraph()).isEqualTo("3");
    }

    @Test
    void noMandateIsMatchedToAnotherMissions() {
        List<RenewalCandidate> both = open(1, UNMISS_2023, UNAMA_2024);

        assertThat(bestMatches(UNAMA_2025, both).values()).allMatch(match -> match.startsWith("S/RES/2727 (2024)"));
        assertThat(bestMatches(UNMISS_2024, both).values()).allMatch(match -> match.startsWith("S/RES/2677 (2023)"));
        for (ExtractionResult renewal : List.of(UNAMA_2025, UNMISS_2024)) {
            MATCHER.match(renewal, ResolutionReferences.of(renewal), both).forEach(proposals ->
                    assertThat(proposals).noneMatch(proposal -> proposal.symbol().equals(otherMission(renewal))));
        }
    }

    @Test
    void anEarlierMandateIsProposedToOneNewMandateOnly() {
        List<Long> proposed = MATCHER.match(UNMISS_2024, ResolutionReferences.of(UNMISS_2024), open(1, UNMISS_2023))
                .stream().flatMap(List::stream).map(RenewalProposal::mandateId).toList();

        assertThat(proposed).doesNotHaveDuplicates();
    }

    @Test
    void aResolutionThatRenewsNothingGetsNoProposal() {
        ExtractionResult unrelated = read("S-RES-1325-2000-en.txt");

        assertThat(MATCHER.match(unrelated, ResolutionReferences.of(unrelated), open(1, UNMISS_2023, UNAMA_2024)))
                .allMatch(List::isEmpty);
    }

    private static String otherMission(ExtractionResult renewal) {
        return renewal == UNAMA_2025 ? "S/RES/2677 (2023)" : "S/RES/2727 (2024)";
    }

    private static int indexOf(ExtractionResult resolution, String paragraph) {
        return IntStream.range(0, resolution.mandates().size())
                .filter(index -> resolution.mandates().get(index).paragraph().equals(paragraph)).findFirst().orElseThrow();
    }
}
