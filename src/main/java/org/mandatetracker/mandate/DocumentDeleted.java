package org.mandatetracker.mandate;

import java.util.List;

/** Published before an imported document and its mandates are removed, so their processes go too. */
public record DocumentDeleted(long documentId, String symbol, List<Mandate> mandates) {
}
