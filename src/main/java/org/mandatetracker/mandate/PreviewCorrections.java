package org.mandatetracker.mandate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.mandatetracker.base.Message;
import org.mandatetracker.entity.EntityCodes;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.extraction.MandateKind;

/**
 * Applies the corrections made in the import preview to the extracted mandates, refusing the whole set
 * when any of them is wrong, so that a bad correction stores nothing. Plain Java.
 */
final class PreviewCorrections {

    /** A mandate as it will be registered, with each change the preview made in words for its history (none, one or more). */
    record CorrectedMandate(ExtractionResult.Mandate mandate, List<Message> changes) {
    }

    private PreviewCorrections() {
    }

    /**
     * @param mandatable whether a registry code names an entity a resolution can give work to
     * @param adopted    the resolution's adoption date, before which nothing is due; null when unknown
     */
    static List<CorrectedMandate> apply(List<ExtractionResult.Mandate> extracted, List<MandateCorrection> corrections,
                                        Predicate<String> mandatable, LocalDate adopted) {
        MandateCorrection[] byIndex = new MandateCorrection[extracted.size()];
        for (MandateCorrection correction : corrections) {
            check(correction, extracted, mandatable, adopted);
            if (byIndex[correction.index()] != null) {
                throw new ImportRejectedException("import.refused.correctedTwice", correction.index());
            }
            byIndex[correction.index()] = correction;
        }
        List<CorrectedMandate> result = new ArrayList<>(extracted.size());
        for (int index = 0; index < extracted.size(); index++) {
            result.add(byIndex[index] == null ? new CorrectedMandate(extracted.get(index), List.of())
                    : corrected(extracted.get(index), byIndex[index]));
        }
        return result;
    }

    private static void check(MandateCorrection correction, List<ExtractionResult.Mandate> extracted,
                              Predicate<String> mandatable, LocalDate adopted) {
        if (correction.index() < 0 || correction.index() >= extracted.size()) {
            throw new ImportRejectedException("import.refused.noSuchMandate", correction.index(), extracted.size());
        }
        String paragraph = extracted.get(correction.index()).paragraph();
        if (!paragraph.equals(correction.paragraph())) {
            throw new ImportRejectedException("import.refused.otherParagraph", correction.index(), paragraph,
                    correction.paragraph());
        }
        List<String> addressees = correction.addressees();
        if (addressees != null) {
            if (addressees.isEmpty() || addressees.size() > MandateCorrection.MAX_ADDRESSEES) {
                throw new ImportRejectedException("import.refused.addresseeCount", MandateCorrection.MAX_ADDRESSEES);
            }
            Set<String> seen = new HashSet<>();
            for (String code : addressees) {
                if (code == null || !mandatable.test(code)) {
                    throw new ImportRejectedException("import.refused.notMandatable", String.valueOf(code));
                }
                if (!seen.add(code)) {
                    throw new ImportRejectedException("import.refused.addresseeTwice", code);
                }
            }
        }
        LocalDate due = correction.due();
        LocalDate earliest = adopted == null ? MandateCorrection.EARLIEST_DUE : adopted;
        if (due != null && (due.isBefore(earliest) || due.isAfter(MandateCorrection.LATEST_DUE))) {
            throw new ImportRejectedException("import.refused.dueOutOfRange", earliest, MandateCorrection.LATEST_DUE, due);
        }
    }

    private static CorrectedMandate corrected(ExtractionResult.Mandate mandate, MandateCorrection correction) {
        List<Message> changes = new ArrayList<>();
        MandateKind kind = mandate.kind();
        if (correction.kind() != null && correction.kind() != kind) {
            changes.add(Message.of("mandateEvent.previewKind", kind, correction.kind()));
            kind = correction.kind();
        }
        List<String> addressees = mandate.addressees();
        if (correction.addressees() != null && !correction.addressees().equals(addressees)) {
            changes.add(Message.of("mandateEvent.previewAddressees", new EntityCodes(addressees),
                    new EntityCodes(correction.addressees())));
            addressees = correction.addressees();
        }
        ExtractionResult.Due due = mandate.due();
        LocalDate oldDate = due == null ? null : due.date();
        if (correction.due() != null && !Objects.equals(correction.due(), oldDate)) {
            changes.add(oldDate == null ? Message.of("mandateEvent.previewDueSet", correction.due())
                    : Message.of("mandateEvent.previewDue", oldDate, correction.due()));
            // the date is now exact; the words that set it stay, for the record
            due = new ExtractionResult.Due(correction.due(), DuePrecision.DAY, null, due == null ? null : due.text());
        }
        if (changes.isEmpty()) {
            return new CorrectedMandate(mandate, List.of());
        }
        return new CorrectedMandate(new ExtractionResult.Mandate(mandate.paragraph(), mandate.subparagraphs(),
                mandate.verb(), mandate.strength(), kind, addressees, mandate.reportTo(), due, mandate.recurrence(),
                mandate.endDate(), mandate.deliverable(), mandate.mentionedEntities(), mandate.text(),
                mandate.evidence()),
                List.copyOf(changes));
    }
}
