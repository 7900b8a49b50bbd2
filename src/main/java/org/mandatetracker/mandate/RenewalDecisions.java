package org.mandatetracker.mandate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which renewal proposal each new mandate takes: the one its correction accepts, none when its
 * correction keeps both, else the best one when the import accepts all. Refuses a choice that is no
 * proposal, and an earlier mandate renewed twice. Plain Java; run after {@link PreviewCorrections}
 * has checked the corrections' indexes.
 */
final class RenewalDecisions {

    private RenewalDecisions() {
    }

    /** For each mandate, in order, the accepted proposal, or null when it starts a follow-up of its own. */
    static List<RenewalProposal> choose(List<List<RenewalProposal>> proposals, List<MandateCorrection> corrections,
                                        RenewalChoice choice) {
        List<RenewalProposal> chosen = new ArrayList<>();
        for (List<RenewalProposal> offered : proposals) {
            chosen.add(choice == RenewalChoice.ACCEPT && !offered.isEmpty() ? offered.get(0) : null);
        }
        for (MandateCorrection correction : corrections) {
            if (correction.keepBoth() && correction.renews() != null) {
                throw new ImportRejectedException("import.refused.renewAndKeepBoth", correction.index(),
                        String.valueOf(correction.renews()));
            }
            if (correction.keepBoth()) {
                chosen.set(correction.index(), null);
            } else if (correction.renews() != null) {
                chosen.set(correction.index(), proposals.get(correction.index()).stream()
                        .filter(proposal -> proposal.mandateId() == correction.renews()).findFirst()
                        .orElseThrow(() -> new ImportRejectedException("import.refused.notProposed",
                                String.valueOf(correction.renews()), correction.index())));
            }
        }
        Set<Long> renewed = new HashSet<>();
        for (RenewalProposal proposal : chosen) {
            if (proposal != null && !renewed.add(proposal.mandateId())) {
                throw new ImportRejectedException("import.refused.renewedTwice", String.valueOf(proposal.mandateId()),
                        proposal.symbol(), proposal.paragraph());
            }
        }
        return chosen;
    }
}
