package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.internal.Lexicon.DeadlineGrammar;
import org.mandatetracker.extraction.internal.Lexicon.Verb;

final class EnglishLexicon {

    private EnglishLexicon() {
    }

    /** A body or office a report goes to, named with capitals ("the Security Council", "the Committee"). */
    private static final String RECIPIENT = "(?:the\\s+)?(?-i:(?:[A-Z][\\p{L}’'-]*\\s+(?:(?:of|and|on|for)\\s+(?:the\\s+)?)?){0,5}"
            + "(?:Council|Assembly|Committee|Commission|Board|Secretary-General|Conference|Group|Forum|Mechanism)s?)\\b";
    /** Infinitive or gerund only: "issues", "presents" and "reports" are nouns as often as verbs. */
    private static final String PRODUCE = "(?:submit(?:ting)?|present(?:ing)?|prepar(?:e|ing)|provid(?:e|ing)"
            + "|produc(?:e|ing)|issu(?:e|ing)|transmit(?:ting)?|deliver(?:ing)?|circulat(?:e|ing)"
            + "|compil(?:e|ing)|draw(?:ing)?\\sup|mak(?:e|ing)\\savailable|giv(?:e|ing)|hold(?:ing)?"
            + "|conduct(?:ing)?|carry(?:ing)?\\sout|undertak(?:e|ing)|finali[sz](?:e|ing)|develop(?:ing)?)";
    private static final String REPORT_THING = "(?:reports?|briefings?|updates?|stud(?:y|ies)|recommendations"
            + "|(?:work|action)\\s{1,3}programmes?|programmes?\\s{1,3}of\\s{1,3}work|proposals)";
    private static final String NAMED_NOT_ASKED = "(?!\\s+(?:of|contained|entitled|submitted)\\b)";

    /**
     * A report asked, not one only named: "to report to the Council", a report, study, update, briefing,
     * work programme or recommendations to submit (also "to be submitted", "to include in the report"),
     * a body to inform, update, brief or keep informed, something to communicate to a body. "Report" as a
     * noun named ("the report of …", "build on the reports", "for reporting the information") is none.
     * Each alternative opens with its own words and looks around only where they stand: tried at every
     * position of every clause, a look-behind first cost the extractor a third of its speed.
     */
    private static Pattern reportAsked() {
        // one word boundary in front of all: the alternatives are tried only where a word starts
        return ci("\\b(?:report\\b(?<=(?:\\b(?:to|and|or|also|further|shall|will|should|must)|ly)\\sreport)"
                + "(?!\\s+(?:of|contained|entitled)\\b)"
                + "|\\breporting\\s+(?:to|on|back)\\b(?<=(?:\\b(?:continue|continues|continuing|and|by)\\s)reporting\\s{1,3}\\w{2,4})"
                // a report, study … with its verb before it in the same part, and not "a copy of the report"
                + "|\\b" + PRODUCE + "\\b(?=[^;:]{0,160}?\\b" + REPORT_THING + "\\b" + NAMED_NOT_ASKED
                + "(?<!\\b(?:of|copy)\\s(?:(?:the|its|his|her|their)\\s)?(?:[\\w’'-]{1,20}\\s)?" + REPORT_THING + "))"
                + "|\\b" + REPORT_THING + "\\s+(?:to\\s+be|that\\s+(?:will|would|shall)\\s+be|which\\s+(?:will|would|shall)\\s+be)"
                + "\\s+(?:submitted|presented|prepared|provided)\\b"
                + "|\\binclud(?:e|es|ing)\\s*,?\\s+in\\s+(?:[\\w’'-]+\\s+){0,4}?reports?\\b"
                // "reflect this information in the existing reporting"
                + "|\\b(?=in\\s+(?:(?:the|his|her|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:reporting|reports?)\\b"
                + "(?!\\s+(?:of|contained|entitled)\\b))"
                + "(?<=\\b(?:reflect|include|includes|provide|provides|providing|incorporate|incorporating|address|cover|assess)"
                + "\\b[^;:]{0,80})in\\b"
                // "requests that the Secretary-General reports to the Council", not "its reports to the Council"
                + "|\\breports\\s+to\\s+(?<!\\b(?:its|his|her|their|the|regular|annual|periodic|progress|final|\\d{4})\\sreports\\sto\\s)"
                + RECIPIENT
                + "|\\b(?:inform(?:ing)?|updat(?:e|ing)|brief(?:ing)?|appris(?:e|ing))(?:\\s*,[^,;:]{1,40},)?\\s+(?:\\w+ly\\s+)?"
                + RECIPIENT
                + "|\\bkeep(?:s|ing)?\\s+" + RECIPIENT + "[^;:]{0,40}?\\b(?:informed|updated|apprised|abreast|briefed)\\b"
                // "communicate to the Security Council information", not "transmit such requests to the Committee
                // for a decision"
                + "|\\b(?:communicat(?:e|es|ing)|transmit(?:s|ting)?|circulat(?:e|es|ing)|submit(?:s|ting)?|convey(?:s|ing)?"
                + "|forward(?:s|ing)?)\\b[^;:]{0,40}?\\bto\\s+" + RECIPIENT
                + "(?![^;:]{0,60}?\\b(?:for\\s+(?:a\\s+|its\\s+)?(?:decision|approval|consideration|determination)"
                + "|to\\s+(?:determine|decide|consider|approve))\\b))");
    }

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December");
        String m = Lexicons.alternation(months);
        String num = "\\d{1,4}|[a-z]+(?:-[a-z]+)?";
        String unit = "days?|weeks?|months?|years?";
        DeadlineGrammar deadlines = new DeadlineGrammar(months, m,
                ci("(?=\\d|from\\s)(?:\\bfrom\\s+(?<firstDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|-|–)\\s+)?"
                        + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + m + ")\\s*,?\\s+(?<year>\\d{4})"),
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
                ci("\\b(?<ord>\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2}|[a-z]++(?:-\\s?[a-z]++)?)\\s+(?:regular\\s+|special\\s+"
                        + "|substantive\\s+|organizational\\s+)?session\\b"),
                ci("\\b(?:end|close|conclusion)\\s+of\\s+(?:its|the|their)\\s+(?:resumed\\s+)?(?<ord>\\d{1,3}(?:st|nd|rd|th)"
                        + "|[a-z]++(?:-\\s?[a-z]++)?)\\s+session\\b"),
                ci("\\b(?:within|no later than|not later than|in)\\s+(?:a\\s+period\\s+of\\s+)?(?<num>" + num + ")\\s+"
                        + "(?<unit>" + unit + ")\\b"),
                ci("\\bfor\\s+a\\s+(?:further\\s+)?period\\s+of\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+from\\b"),
                ci("(?:\\bevery\\s+|\\bon\\s+an?\\s+(?=[\\w-]+\\s+cycle\\b))(?:(?<num>" + num + ")[\\s-]+)?(?<unit>" + unit + ")\\b"),
                ci("\\b(?:annually|yearly|each year|every year|annual\\s+(?:\\w+\\s+)?(?:reports?|updates?|briefings?)"
                        + "|on an annual basis|once (?:a|per) year)\\b"),
                ci("\\b(?:biennially|biennial(?:ly|ize|ization)?|every other year|on a biennial basis)\\b"),
                ci("\\b(?:triennial(?:ly)?|on a triennial basis)\\b"),
                ci("\\b(?:quarterly)\\b"),
                ci("\\b(?:semi-annual(?:ly)?|twice a year|biannual(?:ly)?|six-monthly|half-yearly)\\b"),
                ci("(?<!-)\\bmonthly\\b"),
                ci("\\b(?:at|by|before)\\s+the\\s+end\\s+of\\s+(?:this|the|its|that)\\s+(?:current\\s+)?(?:period|mandate)\\b"),
                ci("^days?$"), ci("^weeks?$"), ci("^months?$"));
        return new Lexicon("en",
                Lexicons.openers("^(?:the\\s+)?", "\\s*,$", "GENERAL_ASSEMBLY", "general assembly", "SECURITY_COUNCIL",
                        "security council", "ECONOMIC_AND_SOCIAL_COUNCIL", "economic and social council",
                        "HUMAN_RIGHTS_COUNCIL", "human rights council"),
                List.of(new Verb("(?:reiterates|reaffirms|renews) its requests? to|requests(?!\\s+(?:submitted|made|received|from|for|by)\\b)"
                                + "|requesting|asks", "requests",
                                "request"),
                        new Verb("decides|deciding", "decides", "request"),
                        new Verb("directs", "directs", "request"),
                        new Verb("authori[sz]es|authori[sz]ing", "authorizes", "request"),
                        new Verb("instructs", "instructs", "request"),
                        new Verb("entrusts|mandates", "entrusts", "request"),
                        new Verb("calls upon|calls on|calling upon|calling on", "calls upon", "encourage"),
                        new Verb("calls for|calling for|(?:reiterates|renews|repeats) its calls?(?:\\s+in\\s+[^,;]{1,30}?)?\\s+for",
                                "calls for", "encourage"),
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
                reportAsked(),
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
