package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import org.mandatetracker.extraction.internal.Lexicon.DeadlineGrammar;
import org.mandatetracker.extraction.internal.Lexicon.Verb;

final class EnglishLexicon {

    private EnglishLexicon() {
    }

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December");
        String m = Lexicons.alternation(months);
        String num = "\\d{1,4}|[a-z]+(?:-[a-z]+)?";
        String unit = "days?|weeks?|months?|years?";
        DeadlineGrammar deadlines = new DeadlineGrammar(months, m,
                ci("(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + m + ")\\s*,?\\s+(?<year>\\d{4})"),
                ci("(?:\\bby|no later than|not later than|\\bbefore|prior to|on or before|\\bon|latest by|deadline of)"
                        + "\\s+(?:the\\s+)?$"),
                ci("(?:\\buntil|\\btill|\\bthrough|\\bexpires? on|\\bending on|\\bthat is,?)\\s+$"),
                null,
                ci("\\b(?:in|by|during|before|until|no later than|not later than|from|of)\\s+(?<month>" + m
                        + ")\\s+(?<year>\\d{4})"),
                ci("\\b(?:by|before|until|no later than|not later than|at|towards)\\s+(?:no later than\\s+)?the\\s+end\\s+of"
                        + "\\s+(?:the\\s+(?<num>first|second|third|fourth)\\s+quarter\\s+of\\s+)?(?<year>\\d{4})"),
                ci("\\b(?:in|during|by|across|throughout|over)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:and|to|-|–)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"),
                ci("\\b(?<ord>\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2}|[a-z]++(?:-[a-z]++)?)\\s+(?:regular\\s+|special\\s+"
                        + "|substantive\\s+|organizational\\s+)?session\\b"),
                ci("\\b(?:end|close|conclusion)\\s+of\\s+(?:its|the|their)\\s+(?:resumed\\s+)?(?<ord>\\d{1,3}(?:st|nd|rd|th)"
                        + "|[a-z]++(?:-[a-z]++)?)\\s+session\\b"),
                ci("\\b(?:within|no later than|not later than|in)\\s+(?:a\\s+period\\s+of\\s+)?(?<num>" + num + ")\\s+"
                        + "(?<unit>" + unit + ")\\b"),
                ci("\\bfor\\s+a\\s+(?:further\\s+)?period\\s+of\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+from\\b"),
                ci("\\bevery\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")\\b"),
                ci("\\b(?:annually|yearly|each year|every year|annual\\s+(?:\\w+\\s+)?(?:reports?|updates?|briefings?)"
                        + "|on an annual basis|once (?:a|per) year)\\b"),
                ci("\\b(?:biennially|biennial(?:ly|ize|ization)?|every other year|on a biennial basis)\\b"),
                ci("\\b(?:quarterly)\\b"),
                ci("\\b(?:semi-annual(?:ly)?|twice a year|biannual(?:ly)?)\\b"),
                ci("\\bmonthly\\b"),
                ci("\\b(?:at|by|before)\\s+the\\s+end\\s+of\\s+(?:this|the|its|that)\\s+(?:current\\s+)?(?:period|mandate)\\b"),
                ci("^days?$"), ci("^weeks?$"), ci("^months?$"));
        return new Lexicon("en",
                Lexicons.openers("^(?:the\\s+)?", "\\s*,$", "GENERAL_ASSEMBLY", "general assembly", "SECURITY_COUNCIL",
                        "security council", "ECONOMIC_AND_SOCIAL_COUNCIL", "economic and social council",
                        "HUMAN_RIGHTS_COUNCIL", "human rights council"),
                List.of(new Verb("(?:reiterates|reaffirms|renews) its requests? to|requests|requesting|asks", "requests",
                                "request"),
                        new Verb("decides|deciding", "decides", "request"),
                        new Verb("directs", "directs", "request"),
                        new Verb("authori[sz]es|authori[sz]ing", "authorizes", "request"),
                        new Verb("instructs", "instructs", "request"),
                        new Verb("entrusts|mandates", "entrusts", "request"),
                        new Verb("calls upon|calls on|calling upon|calling on", "calls upon", "encourage"),
                        new Verb("calls for|calling for", "calls for", "encourage"),
                        new Verb("urges|urging", "urges", "encourage"),
                        new Verb("encourages|encouraging", "encourages", "encourage"),
                        new Verb("invites|inviting", "invites", "encourage"),
                        new Verb("recommends", "recommends", "encourage")),
                ci("\\b(?:reaffirms|affirms|recognizes|recognises|stresses|notes|takes note|underlines|welcomes|"
                        + "expresses|emphasizes|emphasises|acknowledges|condemns|reiterates|recalls|endorses|approves|"
                        + "commends|proclaims|demands|supports|deplores|underscores|appreciates|resolves|considers|"
                        + "believes|agrees|confirms|designates|adopts|declares|regrets|looks forward|insists)\\b"),
                ci("(?:^|[,;:()]|\\b(?:and|also|further|furthermore|strongly|again|hereby|therefore|moreover|likewise"
                        + "|accordingly|similarly|urgently|once|further|in (?:this|that) (?:regard|context|connection|respect)"
                        + "|to (?:this|that) end)"
                        + ")\\s*"),
                ci("^\\s*(?:that\\s+)"),
                ci("\\s(?:to|shall|should|will|may|must|be|is|are)\\s|[;:]"),
                ci("\\b(?:report(?:s|ing)?|brief(?:s|ing|ings)?|(?:oral\\s+)?updates?|inform|informing)\\b"
                        + "|\\bkeep\\b[^;]{0,80}\\binformed\\b"),
                ci("\\binclude\\b[^;]{0,160}\\bprovisional agenda\\b|\\bprovisional agenda\\b[^;]{0,80}\\bthe\\s+"
                        + "(?:item|sub-item)\\b"),
                ci("\\b(?:extend|renew|prolong)(?:s|ed|ing)?\\b[^;]{0,160}?\\b(?:until|for a (?:further )?period|mandate)"),
                ci("\\b(?:convene|hold|organi[sz]e)\\b[^;]{0,150}?\\b(?:conference|meeting|consultations|dialogue|summit"
                        + "|symposium|forum)s?\\b|\\b(?:conference|meeting|consultations|dialogue|summit)s?\\b[^;]{0,60}?"
                        + "\\b(?:shall|should|will)\\s+be\\s+(?:convened|held|organi[sz]ed)\\b"),
                ci("\\bdraft resolution\\b"),
                ci("\\badopted\\b"),
                ci("^(?:annex|appendix|enclosure)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"),
                deadlines);
    }
}
