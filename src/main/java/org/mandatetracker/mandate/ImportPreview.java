package org.mandatetracker.mandate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.mandatetracker.base.Message;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * What an import would store, read and checked but not stored: the symbol it would be registered
 * under and what extraction found.
 *
 * @param refusalReason why it cannot be confirmed although it could be read (a draft), or null when it can;
 *                 the API gives it in English as {@code refusal}
 * @param renewals for each extracted mandate, in order, the earlier mandates it may renew; the API shows
 *                 them on each mandate as {@code renewalOf}
 */
public record ImportPreview(String symbol, ExtractionResult extraction, @JsonIgnore Message refusalReason,
                            @JsonIgnore List<List<RenewalProposal>> renewals) {

    @JsonProperty("refusal")
    String refusalInEnglish() {
        return refusalReason == null ? null : refusalReason.english();
    }

    @JsonProperty
    public boolean confirmable() {
        return refusalReason == null;
    }

    @JsonProperty
    public boolean draft() {
        return ImportService.DRAFT.equals(extraction.document().status());
    }
}
