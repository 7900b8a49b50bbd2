package org.mandatetracker.mandate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.mandatetracker.base.Message;

/**
 * An open mandate of an earlier resolution that a new mandate may renew, with why it is proposed.
 *
 * @param mandateId the earlier mandate
 * @param symbol    its resolution
 * @param paragraph its operative paragraph
 * @param score     from 0 (nothing in common) to 1, the best match first
 * @param grounds   the references, shared subject and words that make it a match, to read in any language
 */
public record RenewalProposal(long mandateId, String symbol, String paragraph, double score,
                              @JsonIgnore List<Message> grounds) {

    public RenewalProposal {
        grounds = List.copyOf(grounds);
    }

    /** The grounds in English, as the API gives them. */
    @JsonProperty
    public List<String> reasons() {
        return grounds.stream().map(Message::english).toList();
    }
}
