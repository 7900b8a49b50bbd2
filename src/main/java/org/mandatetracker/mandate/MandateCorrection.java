package org.mandatetracker.mandate;

import java.time.LocalDate;
import java.util.List;
import org.mandatetracker.extraction.MandateKind;

/**
 * A change made in the import preview to one extracted mandate, before it is registered. The mandate is
 * named by its position among the extracted mandates and by its paragraph, so that a correction meant for
 * another text is refused rather than applied to the wrong mandate. A null field keeps what extraction
 * found.
 *
 * @param index      the mandate's position in the extraction's list of mandates, from 0
 * @param paragraph  the mandate's operative paragraph number, as extracted ("25", "A.1")
 * @param kind       the kind, which chooses the process
 * @param addressees registry codes of the entities asked
 * @param due        the due date
 * @param renews     accepts the proposal to renew this earlier mandate (one of the mandate's {@code renewalOf})
 * @param keepBoth   rejects the mandate's renewal proposals, even when all others are accepted: both stay
 */
public record MandateCorrection(int index, String paragraph, MandateKind kind, List<String> addressees,
                                LocalDate due, Long renews, boolean keepBoth) {

    /** Resolutions give the Secretariat work from the Charter's signature on, and not for ever. */
    public static final LocalDate EARLIEST_DUE = LocalDate.of(1945, 6, 26);
    public static final LocalDate LATEST_DUE = LocalDate.of(2099, 12, 31);
    public static final int MAX_ADDRESSEES = 20;

    public MandateCorrection {
        addressees = addressees == null ? null : List.copyOf(addressees);
    }

    /** A correction of what extraction found, leaving its renewal proposals to the import's choice. */
    public MandateCorrection(int index, String paragraph, MandateKind kind, List<String> addressees, LocalDate due) {
        this(index, paragraph, kind, addressees, due, null, false);
    }
}
