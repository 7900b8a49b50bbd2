package org.mandatetracker.mandate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * "Decides to extend the mandate of UNMISS until 30 April 2025" ends what the resolution asks about
 * UNMISS on that day: its recurring mandates that name the mission and give no end of their own end
 * with the extension (a report "every 90 days" stops when the mission's mandate does). An extension is
 * what extraction gives as a mandate addressed to nobody with an end date. Plain Java.
 */
final class MandateExtensions {

    /** A mandate whose end date now comes from an extension in {@code extensionParagraph}, else null. */
    record Extended(ExtractionResult.Mandate mandate, String extensionParagraph) {
    }

    private MandateExtensions() {
    }

    /** @param mission whether a registry code names a mission */
    static List<Extended> apply(List<ExtractionResult.Mandate> mandates, Predicate<String> mission) {
        Map<String, ExtractionResult.Mandate> extensions = new LinkedHashMap<>();
        for (ExtractionResult.Mandate mandate : mandates) {
            if (mandate.addressees().isEmpty() && mandate.endDate() != null) {
                mandate.mentionedEntities().stream().filter(mission).forEach(code -> extensions.putIfAbsent(code, mandate));
            }
        }
        List<Extended> result = new ArrayList<>(mandates.size());
        for (ExtractionResult.Mandate mandate : mandates) {
            ExtractionResult.Mandate extension = mandate.recurrence() == null || mandate.endDate() != null ? null
                    : mandate.mentionedEntities().stream().map(extensions::get).filter(Objects::nonNull)
                      .findFirst().orElse(null);
            result.add(extension == null ? new Extended(mandate, null)
                    : new Extended(endingOn(mandate, extension.endDate()), extension.paragraph()));
        }
        return result;
    }

    private static ExtractionResult.Mandate endingOn(ExtractionResult.Mandate mandate, LocalDate end) {
        return new ExtractionResult.Mandate(mandate.paragraph(), mandate.subparagraphs(), mandate.verb(),
                mandate.strength(), mandate.kind(), mandate.addressees(), mandate.reportTo(), mandate.due(),
                mandate.recurrence(), end, mandate.deliverable(), mandate.mentionedEntities(), mandate.text(),
                mandate.evidence());
    }
}
