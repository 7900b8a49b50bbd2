package org.mandatetracker.extraction.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything language-specific the extractor needs, as data: how a resolution opens, its verbs, how
 * an addressee phrase ends, the words for reports, agenda items, extensions and meetings, and the
 * deadline grammar. One instance per official language (see {@link Lexicons}).
 *
 * @param language       ISO 639-1 code
 * @param openers        body code → the line that opens the resolution ("The General Assembly,")
 * @param actionVerbs    verbs through which a body asks someone to act
 * @param otherVerbs     declaratory verbs, reported in a paragraph's verb list only
 * @param verbLead       what may stand right before a verb for it to open a clause
 * @param addresseeSkip  words between verb and addressee to skip ("that", Spanish "a", Arabic "إلى")
 * @param addresseeEnd   where the addressee phrase ends ("to", "de", an infinitive …)
 * @param report         the word for a report, briefing or update, where a report's deliverable starts
 * @param reportAsked    a report, briefing or update being asked for: a report to submit or present, an
 *                       actor to report or to keep a body informed; not a report only named
 * @param agenda         inclusion of an item in a provisional agenda
 * @param extension      extension or renewal of a mandate
 * @param convene        convening or holding a meeting or conference
 * @param draft          the mark of a draft resolution
 * @param adoption       the line that gives the adoption date
 * @param annex          the heading of an annex, where the resolution's own paragraphs end
 * @param deadlines      the deadline grammar
 */
public record Lexicon(String language, Map<String, Pattern> openers, List<Verb> actionVerbs, Pattern otherVerbs,
                      Pattern verbLead, Pattern addresseeSkip, Pattern addresseeEnd, Pattern report, Pattern reportAsked,
                      Pattern agenda,
                      Pattern extension, Pattern convene, Pattern draft, Pattern adoption, Pattern annex,
                      DeadlineGrammar deadlines) {

    /**
     * An action verb.
     *
     * @param pattern  its written forms (a regular expression, matched case-insensitively)
     * @param english  the contract's normalised English verb
     * @param strength "request" or "encourage"
     */
    public record Verb(String pattern, String english, String strength) {
    }

    /**
     * The deadline grammar: regular expressions with named groups {@code day}, {@code month},
     * {@code year}, {@code year2}, {@code num}, {@code unit}, {@code ord}.
     *
     * @param months       month name → month number, matched by prefix (stems cover declension)
     * @param monthPattern alternation of the month names as written
     * @param date         a full date, or a range of days of one month ("from 12 to 23 July 2025", group
     *                     {@code firstDay}): a meeting held over those days is due when it opens
     * @param dateBy       words before a date that make it a deadline ("by", "no later than")
     * @param dateUntil    words before a date that make it an end date ("until")
     * @param dateAfter    words after a date that make it a deadline (Chinese "之前")
     * @param monthYear    a month of a year as a deadline ("in September 2021")
     * @param yearEnd      the end of a year ("by the end of 2027"), optionally a quarter ({@code num})
     * @param year         a year or a span of years as a deadline ("in 2025", "across 2024 and 2025")
     * @param session      a session by ordinal or year ("at its seventy-seventh session")
     *                     (its ordinal words are possessive, {@code [a-z]++}: tried at every word, a
     *                     backtracking word run was the costliest pattern of the grammar)
     * @param sessionEnd   the end of a session ("before the end of its eightieth session")
     * @param period       a period counted from adoption ("within 90 days")
     * @param periodFrom   a period counted from a date that follows ("for a period of 36 months from … June 2024")
     * @param recurrence   "every N units"
     * @param yearly       words meaning every year; {@code biennial}, {@code triennial}, {@code quarterly} … likewise
     * @param periodEnd    "at the end of this period", which refers to the mandate's end date
     * @param unitDays     unit words meaning days; {@code unitWeeks}, {@code unitMonths} likewise, years otherwise
     */
    public record DeadlineGrammar(Map<String, Integer> months, String monthPattern, Pattern date, Pattern dateBy,
                                  Pattern dateUntil, Pattern dateAfter, Pattern monthYear, Pattern yearEnd,
                                  Pattern year, Pattern session, Pattern sessionEnd, Pattern period,
                                  Pattern periodFrom, Pattern recurrence, Pattern yearly, Pattern biennial, Pattern triennial,
                                  Pattern quarterly,
                                  Pattern halfYearly, Pattern monthly, Pattern periodEnd, Pattern unitDays,
                                  Pattern unitWeeks, Pattern unitMonths) {
    }
}
