package org.mandatetracker.mandate;

import java.util.List;

/**
 * An open mandate of an earlier resolution that a new mandate may renew, with why it is proposed.
 *
 * @param mandateId the earlier mandate
 * @param symbol    its resolution
 * @param paragraph its operative paragraph
 * @param score     from 0 (nothing in common) to 1, the best match first
 * @param reasons   in words: the references, shared subject and words that make it a match
 */
public record RenewalProposal(long mandateId, String symbol, String paragraph, double score, List<String> reasons) {

    public RenewalProposal {
        reasons = List.copyOf(reasons);
    }
}
