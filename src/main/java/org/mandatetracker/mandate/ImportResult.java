package org.mandatetracker.mandate;

import java.util.List;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * What an import did: the stored document and its mandates (each with its process), or, for a dry
 * run, only what extraction found ({@code id} null, nothing stored) with the renewals it would propose.
 *
 * @param renewals for each extracted mandate, in order, the earlier mandates it may renew
 */
public record ImportResult(Long id, String symbol, List<Mandate> mandates, ExtractionResult extraction,
                           List<List<RenewalProposal>> renewals) {
}
