package org.mandatetracker.mandate;

import java.util.List;
import org.mandatetracker.extraction.MandateKind;

/** An open mandate of an earlier resolution, as the renewal matcher weighs it. */
record RenewalCandidate(long mandateId, String symbol, String paragraph, MandateKind kind, List<String> addressees,
                        List<String> mentionedEntities, String recurrence, String text) {

    RenewalCandidate {
        addressees = List.copyOf(addressees);
        mentionedEntities = List.copyOf(mentionedEntities);
    }
}
