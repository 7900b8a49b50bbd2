package org.mandatetracker.extraction.internal;

import java.util.List;
import org.mandatetracker.extraction.Body;

/**
 * A resolution cut into its parts: where it opens, its header (the lines before the opener that carry
 * symbol and dates), its preamble and its operative paragraphs.
 */
public record ParsedResolution(Lexicon lexicon, Body body, List<String> header, List<String> trailer,
                               List<Block> preamble, List<Operative> operative) {

    /** A preambular paragraph (or an unnumbered heading). */
    public record Block(String text) {
    }

    /** A lettered sub-paragraph. */
    public record Sub(String label, String text) {
    }

    /** An operative paragraph with its number as the contract writes it ("12", "A.1"). */
    public record Operative(String number, String lead, List<Sub> subs) {

        /** The whole paragraph as one text: the lead, then each sub-paragraph with its label. */
        public String fullText() {
            StringBuilder text = new StringBuilder(lead);
            for (Sub sub : subs) {
                text.append(" (").append(sub.label()).append(") ").append(sub.text());
            }
            return text.toString();
        }
    }
}
