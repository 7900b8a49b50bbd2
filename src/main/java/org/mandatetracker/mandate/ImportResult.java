package org.mandatetracker.mandate;

import java.util.List;
import org.mandatetracker.extraction.ExtractionResult;

/**
 * What an import did: the stored document and its mandates (each with its process), or, for a dry
 * run, only what extraction found ({@code id} null, nothing stored).
 */
public record ImportResult(Long id, String symbol, List<Mandate> mandates, ExtractionResult extraction) {
}
