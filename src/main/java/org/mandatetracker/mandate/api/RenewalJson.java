package org.mandatetracker.mandate.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mandatetracker.extraction.ExtractionResult;
import org.mandatetracker.mandate.ImportPreview;
import org.mandatetracker.mandate.RenewalProposal;

/**
 * The extraction contract's JSON with each mandate's renewal proposals beside it, as
 * {@code "renewalOf": [{"mandateId", "symbol", "paragraph", "score", "reasons"}]}: the contract stays
 * the extractor's, the proposals come from the register.
 */
final class RenewalJson {

    private final ObjectMapper mapper;

    RenewalJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode extraction(ExtractionResult extraction, List<List<RenewalProposal>> renewals) {
        ObjectNode json = mapper.valueToTree(extraction);
        addRenewals(json, renewals);
        return json;
    }

    JsonNode preview(ImportPreview preview) {
        ObjectNode json = mapper.valueToTree(preview);
        addRenewals((ObjectNode) json.get("extraction"), preview.renewals());
        return json;
    }

    private void addRenewals(ObjectNode extraction, List<List<RenewalProposal>> renewals) {
        ArrayNode mandates = (ArrayNode) extraction.get("mandates");
        for (int index = 0; index < mandates.size(); index++) {
            ((ObjectNode) mandates.get(index)).set("renewalOf", mapper.valueToTree(renewals.get(index)));
        }
    }
}
