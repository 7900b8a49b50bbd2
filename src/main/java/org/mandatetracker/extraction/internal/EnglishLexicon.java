package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;
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
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern(m)
                .date(ci("(?=\\d|from\\s)(?:\\bfrom\\s+(?<firstDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|until|-|–)\\s+)?"
                        + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + m + ")\\s*,?\\s+(?<year>\\d{4})"))
                .dateBy(ci("(?:\\bby|no later than|not later than|\\bbefore|prior to|on or before|\\bon|latest by|deadline of)"
                        + "\\s+(?:the\\s+)?$"))
                .dateUntil(ci("(?:\\buntil|\\btill|\\bthrough|\\bexpires? on|\\bending on|\\bthat is,?)\\s+$"))
                .monthYear(ci("\\b(?:in|by|during|before|until|no later than|not later than|from|of)\\s+(?<month>" + m
                        + ")\\s+(?<year>\\d{4})"))
                .yearEnd(ci("\\b(?:by|before|until|no later than|not later than|at|towards)\\s+(?:no later than\\s+)?the\\s+end\\s+of"
                        + "\\s+(?:the\\s+(?<num>first|second|third|fourth)\\s+quarter\\s+of\\s+)?(?<year>\\d{4})"))
                .year(ci("\\b(?:in|during|by|across|throughout|over)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:and|to|-|–)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"))
                .session(ci("\\b(?<ord>\\d{1,3}(?:st|nd|rd|th)|(?:19|20)\\d{2}|[a-z]++(?:-\\s?[a-z]++)?)\\s+(?:regular\\s+|special\\s+"
                        + "|substantive\\s+|organizational\\s+)?session\\b"))
                .sessionEnd(ci("\\b(?:end|close|conclusion)\\s+of\\s+(?:its|the|their)\\s+(?:resumed\\s+)?(?<ord>\\d{1,3}(?:st|nd|rd|th)"
                        + "|[a-z]++(?:-\\s?[a-z]++)?)\\s+session\\b"))
                .period(ci("\\b(?:within|no later than|not later than|in)\\s+(?:a\\s+period\\s+of\\s+)?(?<num>" + num + ")\\s+"
                        + "(?<unit>" + unit + ")\\b"))
                .periodFrom(ci("\\bfor\\s+a\\s+(?:further\\s+)?period\\s+of\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+from\\b"))
                .recurrence(ci("(?:\\bevery\\s+|\\bon\\s+an?\\s+(?=[\\w-]+\\s+cycle\\b))(?:(?<num>" + num + ")[\\s-]+)?(?<unit>" + unit + ")\\b"))
                .yearly(ci("\\b(?:annually|yearly|each year|every year|annual\\s+(?:\\w+\\s+)?(?:reports?|updates?|briefings?)"
                        + "|on an annual basis|once (?:a|per) year)\\b"))
                .biennial(ci("\\b(?:biennially|biennial(?:ly|ize|ization)?|every other year|on a biennial basis)\\b"))
                .triennial(ci("\\b(?:triennial(?:ly)?|on a triennial basis)\\b"))
                .quarterly(ci("\\b(?:quarterly)\\b"))
                .halfYearly(ci("\\b(?:semi-annual(?:ly)?|twice a year|biannual(?:ly)?|six-monthly|half-yearly)\\b"))
                .monthly(ci("\\b(?<!-)monthly\\b"))
                .periodEnd(ci("\\b(?:at|by|before)\\s+the\\s+end\\s+of\\s+(?:this|the|its|that)\\s+(?:current\\s+)?(?:period|mandate)\\b"))
                .unitDays(ci("^days?$"))
                .unitWeeks(ci("^weeks?$"))
                .unitMonths(ci("^months?$"))
                .build();
        return Lexicon.builder("en")
                .script(Character.UnicodeScript.LATIN)
                .commonWords(Set.of("the", "of", "and", "to", "its", "with"))
                .capitalisedParagraphs()
                // "United Nations Member States", "United Nations resolutions" (the system, its entities, agencies,
                // staff … are United Nations actors); case matters: "Member States", a lower-case noun
                .nameAsAdjective(Pattern.compile("(?<name>(?i:united\\s+nations)|UN)\\s+(?:Member\\s+States\\b|(?!(?:system"
                        + "|entit(?:y|ies)|specialized|relevant|regional|agenc(?:y|ies)|funds|programmes|bodies|organs"
                        + "|organizations|offices|country|peacekeeping|staff|personnel|missions?|operations?|presence|and|or"
                        + "|to|in|at|with|through|should|shall|will|must|may|can|is|are|as|for|on|by|itself|also|further"
                        + "|continues?|Secretariat)\\b)[a-z][\\p{L}-]*)"))
                .openers(Lexicons.openers("^(?:the\\s+)?", "\\s*,$", Map.of(
                        Body.GENERAL_ASSEMBLY, "general assembly",
                        Body.SECURITY_COUNCIL, "security council",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "economic and social council",
                        Body.HUMAN_RIGHTS_COUNCIL, "human rights council")))
                .actionVerbs(List.of(new Verb(ContractVerb.REQUESTS, "(?:reiterates|reaffirms|renews) its requests? to|requests(?!\\s+(?:submitted|made|received|from|for|by)\\b)"
                                + "|requesting|asks"),
                        new Verb(ContractVerb.DECIDES, "decides|deciding"),
                        new Verb(ContractVerb.DIRECTS, "directs"),
                        new Verb(ContractVerb.AUTHORIZES, "authori[sz]es|authori[sz]ing"),
                        new Verb(ContractVerb.INSTRUCTS, "instructs"),
                        new Verb(ContractVerb.ENTRUSTS, "entrusts|mandates"),
                        new Verb(ContractVerb.CALLS_UPON, "calls upon|calls on|calling upon|calling on"),
                        new Verb(ContractVerb.CALLS_FOR, "calls for|calling for|(?:reiterates|renews|repeats) its calls?(?:\\s+in\\s+[^,;]{1,30}?)?\\s+for"),
                        new Verb(ContractVerb.URGES, "urges|urging"),
                        new Verb(ContractVerb.ENCOURAGES, "encourages|encouraging"),
                        new Verb(ContractVerb.INVITES, "invites|inviting"),
                        new Verb(ContractVerb.RECOMMENDS, "recommends")))
                .otherVerbs(ci("\\b(?:reaffirms|affirms|recognizes|recognises|stresses|notes|takes note|underlines|welcomes|"
                        + "expresses|emphasizes|emphasises|acknowledges|condemns|reiterates|recalls|endorses|approves|"
                        + "commends|proclaims|demands|supports|deplores|underscores|appreciates|resolves|considers|"
                        + "believes|agrees|confirms|designates|adopts|declares|regrets|looks forward|insists)\\b"))
                .verbLead(ci("(?:^|[,;:()]|\\b(?:and|also|further|furthermore|strongly|again|hereby|therefore|moreover|likewise"
                        + "|accordingly|similarly|urgently|once|further|in (?:this|that) (?:regard|context|connection|respect)"
                        + "|to (?:this|that) end)"
                        + ")\\s*"))
                // "… United Nations personnel and contractors encourages the UN to …"
                .lateVerbAfter(ci("(?!(?:this|its|his|has|was|is|does|as|thus|whereas|perhaps|yes)$)(?-i:[a-z][a-z-]*[^su]s)"))
                .addresseeSkip(ci("^\\s*(?:that\\s+)"))
                .addresseeEnd(ci("\\s(?:to|shall|should|will|may|must|be|is|are)\\s|[;:]"))
                .report(ci("\\b(?:report(?:s|ing)?|brief(?:s|ing|ings)?|(?:oral\\s+)?updates?|inform|informing)\\b"
                        + "|\\bkeep\\b[^;]{0,80}\\binformed\\b"))
                .reportAsked(reportAsked())
                .agenda(ci("\\binclude\\b[^;]{0,160}\\bprovisional agenda\\b|\\bprovisional agenda\\b[^;]{0,80}\\bthe\\s+"
                        + "(?:item|sub-item)\\b"))
                .extension(ci("\\b(?:extend|renew|prolong)(?:s|ed|ing)?\\b[^;]{0,160}?\\b(?:until|for a (?:further )?period|mandate)"))
                .convene(ci("\\b(?:convene|hold|organi[sz]e)\\b[^;]{0,150}?\\b(?:conference|meeting|consultations|dialogue|summit"
                        + "|symposium|forum)s?\\b|\\b(?:conference|meeting|consultations|dialogue|summit)s?\\b[^;]{0,60}?"
                        + "\\b(?:shall|should|will)\\s+be\\s+(?:convened|held|organi[sz]ed)\\b"))
                .establish(ci("\\bto\\s+(?:\\w+\\s+)?(?:establish|create|set up)\\b"
                        + "|\\b(?:shall|will|should|is to)\\s+be\\s+(?:established|created|set up)\\b"))
                .instrumentBefore(ci("(?:Charter|Convention|Statute|Article\\s+\\d+)\\s+(?:of\\s+the|of)?\\s*$"))
                .articleBefore(Lexicons.articleBefore("a|an|the|his|her|its"))
                .phraseEnd(ci("[;:]"))
                .deadlineLead(ci("\\b(?:by|before|at|towards|until|no later than)\\s+the\\s+end(?:\\s+of)?\\s*$|\\b(?:at|during|to|in|by|before|of|until|on|for|within|from|no later than|not later than|prior to)(?:\\s+(?:its|the|their|his|her|this|that))?\\s*$"))
                .objectAfterDeadline(ci("(?:on|about|regarding|concerning|the|a|an|its|his|her|their)\\b"))
                .numbers(numbers())
                .draft(ci("\\bdraft resolution\\b"))
                .adoption(ci("\\badopted\\b"))
                .annex(ci("^(?:annex|appendix|enclosure)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"))
                .meetingLine(ci("^\\d+(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting"))
                .councilResolution(ci("Resolution\\s+(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)"))
                .deadlines(deadlines)
                .build();
    }

    /** Cardinals and ordinals up to "hundredth", summed; "a" for "a period of a year". */
    private static NumberWords.Reader numbers() {
        Map<String, Integer> words = new HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] unitOrdinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            words.put(units[i], i);
            words.put(unitOrdinals[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            words.put(tens[i], 20 + 10 * i);
            words.put(tens[i].substring(0, tens[i].length() - 1) + "ieth", 20 + 10 * i);
        }
        words.put("hundred", 100);
        words.put("hundredth", 100);
        words.put("a", 1);
        return NumberWords.summing(words, Pattern.compile("[\\s-]+|\\band\\b"), Set.of(), w -> w, false);
    }
}
