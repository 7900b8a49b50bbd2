package org.mandatetracker.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mandatetracker.document.DocumentReaders;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateExtractor;

/** A mission's extension ends its recurring reports, on the real renewals the repository carries. */
class MandateExtensionsTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();
    private static final Predicate<String> MISSION = RenewalMatcher.missions(EntityCatalog.builtIn());

    /** Paragraph → end date, for the mandates the extension ends. */
    private static Map<String, LocalDate> extended(String file) {
        ExtractionResult resolution = EXTRACTOR.extract(DocumentReaders.read(Path.of("src/test/resources/corpus/texts", file)));
        List<MandateExtensions.Extended> extended = MandateExtensions.apply(resolution.mandates(), MISSION);
        return extended.stream().filter(mandate -> mandate.extensionParagraph() != null)
                .collect(Collectors.toMap(mandate -> mandate.mandate().paragraph(), mandate -> mandate.mandate().endDate()));
    }

    @Test
    void unmissReportsEveryNinetyDaysAndMonthlyUntilTheMissionsNewEnd() {
        assertThat(extended("S-RES-2729-2024-en.txt")).isEqualTo(Map.of(
                "22", LocalDate.of(2025, 4, 30),
                "24", LocalDate.of(2025, 4, 30)));
    }

    @Test
    void unamaReportsEveryThreeMonthsUntilTheMissionsNewEnd() {
        assertThat(extended("S-RES-2777-2025-en.txt")).isEqualTo(Map.of("5", LocalDate.of(2026, 3, 17)));
    }

    @Test
    void aResolutionThatExtendsNoMissionEndsNothing() {
        assertThat(extended("S-RES-1325-2000-en.txt")).isEmpty();
    }
}
