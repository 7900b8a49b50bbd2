package org.mandatetracker.extraction.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;

/**
 * Everything language-specific the extractor needs, as data: how a resolution opens, its verbs, how
 * an addressee phrase ends, the words for reports, agenda items, extensions and meetings, its number
 * words and the deadline grammar. One definition per official language (see {@link Lexicons}), each
 * part set by its name, so that two patterns cannot be swapped by their position.
 */
public final class Lexicon {

    private final String language;
    private final Character.UnicodeScript script;
    private final Set<String> commonWords;
    private final boolean capitalisedParagraphs;
    private final Map<Body, Pattern> openers;
    private final List<Verb> actionVerbs;
    private final Pattern otherVerbs;
    private final Pattern verbLead;
    private final Pattern lateVerbAfter;
    private final Pattern nameAsAdjective;
    private final Pattern addresseeSkip;
    private final Pattern addresseeEnd;
    private final Pattern report;
    private final Pattern reportAsked;
    private final Pattern agenda;
    private final Pattern extension;
    private final Pattern convene;
    private final Pattern establish;
    private final Pattern instrumentBefore;
    private final Pattern instrumentAfter;
    private final Pattern articleBefore;
    private final Pattern phraseEnd;
    private final Pattern deadlineLead;
    private final Pattern taskStart;
    private final Pattern objectAfterDeadline;
    private final Pattern draft;
    private final Pattern adoption;
    private final Pattern annex;
    private final Pattern meetingLine;
    private final Pattern councilResolution;
    private final NumberWords.Reader numbers;
    private final DeadlineGrammar deadlines;

    private Lexicon(Builder b) {
        this.language = b.language;
        this.script = required(b.script, "script");
        this.commonWords = b.commonWords == null ? Set.of() : Set.copyOf(b.commonWords);
        this.capitalisedParagraphs = b.capitalisedParagraphs;
        this.openers = required(b.openers, "openers");
        this.actionVerbs = required(b.actionVerbs, "actionVerbs");
        this.otherVerbs = required(b.otherVerbs, "otherVerbs");
        this.verbLead = required(b.verbLead, "verbLead");
        this.lateVerbAfter = b.lateVerbAfter;
        this.nameAsAdjective = b.nameAsAdjective;
        this.addresseeSkip = required(b.addresseeSkip, "addresseeSkip");
        this.addresseeEnd = required(b.addresseeEnd, "addresseeEnd");
        this.report = required(b.report, "report");
        this.reportAsked = required(b.reportAsked, "reportAsked");
        this.agenda = required(b.agenda, "agenda");
        this.extension = required(b.extension, "extension");
        this.convene = required(b.convene, "convene");
        this.establish = required(b.establish, "establish");
        this.instrumentBefore = b.instrumentBefore;
        this.instrumentAfter = b.instrumentAfter;
        this.articleBefore = b.articleBefore;
        this.phraseEnd = required(b.phraseEnd, "phraseEnd");
        this.deadlineLead = required(b.deadlineLead, "deadlineLead");
        this.taskStart = b.taskStart;
        this.objectAfterDeadline = required(b.objectAfterDeadline, "objectAfterDeadline");
        this.draft = required(b.draft, "draft");
        this.adoption = required(b.adoption, "adoption");
        this.annex = required(b.annex, "annex");
        this.meetingLine = required(b.meetingLine, "meetingLine");
        this.councilResolution = required(b.councilResolution, "councilResolution");
        this.numbers = required(b.numbers, "numbers");
        this.deadlines = required(b.deadlines, "deadlines");
    }

    /** Starts the definition of a language by its ISO 639-1 code. */
    public static Builder builder(String language) {
        Builder b = new Builder();
        b.language = language;
        return b;
    }

    /** ISO 639-1 code. */
    public String language() {
        return language;
    }

    /** The script the language is written in, which tells it from the languages of other scripts. */
    public Character.UnicodeScript script() {
        return script;
    }

    /** Its commonest short words, lower case, which tell it from the other languages of its script; empty for a language alone in its script. */
    public Set<String> commonWords() {
        return commonWords;
    }

    /** Body code → the line that opens the resolution ("The General Assembly,"). */
    public Map<Body, Pattern> openers() {
        return openers;
    }

    /** Verbs through which a body asks someone to act. */
    public List<Verb> actionVerbs() {
        return actionVerbs;
    }

    /** Declaratory verbs, reported in a paragraph's verb list only. */
    public Pattern otherVerbs() {
        return otherVerbs;
    }

    /** What may stand right before a verb for it to open a clause. */
    public Pattern verbLead() {
        return verbLead;
    }

    /** A word after which an action verb opens a clause of the body's own though no comma stands between them, looked for only in a paragraph with no action verb where a clause can start (English: a lower-case plural, which cannot be the subject of "encourages"); optional, the rule is off without it. */
    public Pattern lateVerbAfter() {
        return lateVerbAfter;
    }

    /** Whether every paragraph starts with a capital letter, so that a line in lower case continues the one before. */
    public boolean capitalisedParagraphs() {
        return capitalisedParagraphs;
    }

    /**
     * The United Nations' name (group {@code name}) used as an adjective of a noun that is no United Nations actor
     * ("United Nations Member States"), matched from the name's start: such a name is no addressee. Optional: a
     * language whose word order puts the name after its noun has none.
     */
    public Pattern nameAsAdjective() {
        return nameAsAdjective;
    }

    /** Words between verb and addressee to skip ("that", Spanish "a", Arabic "إلى"). */
    public Pattern addresseeSkip() {
        return addresseeSkip;
    }

    /** Where the addressee phrase ends ("to", "de", an infinitive …). */
    public Pattern addresseeEnd() {
        return addresseeEnd;
    }

    /** The word for a report, briefing or update, where a report's deliverable starts. */
    public Pattern report() {
        return report;
    }

    /** A report, briefing or update being asked for: a report to submit or present, an actor to report or to keep a body informed; not a report only named. */
    public Pattern reportAsked() {
        return reportAsked;
    }

    /** Inclusion of an item in a provisional agenda. */
    public Pattern agenda() {
        return agenda;
    }

    /** Extension or renewal of a mandate. */
    public Pattern extension() {
        return extension;
    }

    /** Convening or holding a meeting or conference. */
    public Pattern convene() {
        return convene;
    }

    /** Setting up a body as what is decided ("decides to establish"), not a body named by its founding. */
    public Pattern establish() {
        return establish;
    }

    /** The words before an actor that make it the owner of an instrument ("the Charter of"), not asked; optional. */
    public Pattern instrumentBefore() {
        return instrumentBefore;
    }

    /** The words right after an actor that make it the owner of an instrument (Chinese "宪章"); optional. */
    public Pattern instrumentAfter() {
        return instrumentAfter;
    }

    /** An article or possessive and up to two words before the report asked, read with it ("a comprehensive report"); optional. */
    public Pattern articleBefore() {
        return articleBefore;
    }

    /** The punctuation that ends a deliverable's phrase in this script (";" in Latin script, also "，" and "。" in Chinese). */
    public Pattern phraseEnd() {
        return phraseEnd;
    }

    /** Words left at the end of a deliverable cut at its deadline that only lead to it ("at its" before a session, Arabic "في"). */
    public Pattern deadlineLead() {
        return deadlineLead;
    }

    /** Where the task itself starts after its addressee, for a language that puts time and recipient before the verb and a report's subject before the report (Chinese "向大会…提交关于…的报告"); optional: the deliverable starts after the addressee, or at the report asked, without it. */
    public Pattern taskStart() {
        return taskStart;
    }

    /** The first words of the thing asked, or of a report's subject, right after a deadline that stands before them ("at its eightieth session <the item> entitled", "by 30 June <on> the implementation"), matched at the word after the deadline. */
    public Pattern objectAfterDeadline() {
        return objectAfterDeadline;
    }

    /** The mark of a draft resolution. */
    public Pattern draft() {
        return draft;
    }

    /** The line that gives the adoption date. */
    public Pattern adoption() {
        return adoption;
    }

    /** The heading of an annex, where the resolution's own paragraphs end. */
    public Pattern annex() {
        return annex;
    }

    /** The line under a resolution that names the meeting that adopted it ("15th plenary meeting"), where its text ends. */
    public Pattern meetingLine() {
        return meetingLine;
    }

    /** A Security Council resolution's title, "Resolution 2553 (2020)", with its groups {@code number} and {@code year}. */
    public Pattern councilResolution() {
        return councilResolution;
    }

    /** Numbers written in words, cardinal and ordinal ("seventy-seventh"). */
    public NumberWords.Reader numbers() {
        return numbers;
    }

    /** The deadline grammar. */
    public DeadlineGrammar deadlines() {
        return deadlines;
    }

    /** Sets each part by its name; {@link #build} refuses a definition with a part missing. */
    public static final class Builder {

        private String language;
        private Character.UnicodeScript script;
        private Set<String> commonWords;
        private boolean capitalisedParagraphs;
        private Map<Body, Pattern> openers;
        private List<Verb> actionVerbs;
        private Pattern otherVerbs;
        private Pattern verbLead;
        private Pattern lateVerbAfter;
        private Pattern nameAsAdjective;
        private Pattern addresseeSkip;
        private Pattern addresseeEnd;
        private Pattern report;
        private Pattern reportAsked;
        private Pattern agenda;
        private Pattern extension;
        private Pattern convene;
        private Pattern establish;
        private Pattern instrumentBefore;
        private Pattern instrumentAfter;
        private Pattern articleBefore;
        private Pattern phraseEnd;
        private Pattern deadlineLead;
        private Pattern taskStart;
        private Pattern objectAfterDeadline;
        private Pattern draft;
        private Pattern adoption;
        private Pattern annex;
        private Pattern meetingLine;
        private Pattern councilResolution;
        private NumberWords.Reader numbers;
        private DeadlineGrammar deadlines;

        public Builder script(Character.UnicodeScript script) {
            this.script = script;
            return this;
        }

        public Builder commonWords(Set<String> commonWords) {
            this.commonWords = commonWords;
            return this;
        }

        public Builder openers(Map<Body, Pattern> openers) {
            this.openers = openers;
            return this;
        }

        public Builder actionVerbs(List<Verb> actionVerbs) {
            this.actionVerbs = actionVerbs;
            return this;
        }

        public Builder otherVerbs(Pattern otherVerbs) {
            this.otherVerbs = otherVerbs;
            return this;
        }

        public Builder verbLead(Pattern verbLead) {
            this.verbLead = verbLead;
            return this;
        }

        public Builder lateVerbAfter(Pattern lateVerbAfter) {
            this.lateVerbAfter = lateVerbAfter;
            return this;
        }

        public Builder capitalisedParagraphs() {
            this.capitalisedParagraphs = true;
            return this;
        }

        public Builder nameAsAdjective(Pattern nameAsAdjective) {
            this.nameAsAdjective = nameAsAdjective;
            return this;
        }

        public Builder addresseeSkip(Pattern addresseeSkip) {
            this.addresseeSkip = addresseeSkip;
            return this;
        }

        public Builder addresseeEnd(Pattern addresseeEnd) {
            this.addresseeEnd = addresseeEnd;
            return this;
        }

        public Builder report(Pattern report) {
            this.report = report;
            return this;
        }

        public Builder reportAsked(Pattern reportAsked) {
            this.reportAsked = reportAsked;
            return this;
        }

        public Builder agenda(Pattern agenda) {
            this.agenda = agenda;
            return this;
        }

        public Builder extension(Pattern extension) {
            this.extension = extension;
            return this;
        }

        public Builder convene(Pattern convene) {
            this.convene = convene;
            return this;
        }

        public Builder establish(Pattern establish) {
            this.establish = establish;
            return this;
        }

        public Builder instrumentBefore(Pattern instrumentBefore) {
            this.instrumentBefore = instrumentBefore;
            return this;
        }

        public Builder instrumentAfter(Pattern instrumentAfter) {
            this.instrumentAfter = instrumentAfter;
            return this;
        }

        public Builder articleBefore(Pattern articleBefore) {
            this.articleBefore = articleBefore;
            return this;
        }

        public Builder phraseEnd(Pattern phraseEnd) {
            this.phraseEnd = phraseEnd;
            return this;
        }

        public Builder deadlineLead(Pattern deadlineLead) {
            this.deadlineLead = deadlineLead;
            return this;
        }

        public Builder taskStart(Pattern taskStart) {
            this.taskStart = taskStart;
            return this;
        }

        public Builder objectAfterDeadline(Pattern objectAfterDeadline) {
            this.objectAfterDeadline = objectAfterDeadline;
            return this;
        }

        public Builder draft(Pattern draft) {
            this.draft = draft;
            return this;
        }

        public Builder adoption(Pattern adoption) {
            this.adoption = adoption;
            return this;
        }

        public Builder annex(Pattern annex) {
            this.annex = annex;
            return this;
        }

        public Builder meetingLine(Pattern meetingLine) {
            this.meetingLine = meetingLine;
            return this;
        }

        public Builder councilResolution(Pattern councilResolution) {
            this.councilResolution = councilResolution;
            return this;
        }

        public Builder numbers(NumberWords.Reader numbers) {
            this.numbers = numbers;
            return this;
        }

        public Builder deadlines(DeadlineGrammar deadlines) {
            this.deadlines = deadlines;
            return this;
        }

        public Lexicon build() {
            return new Lexicon(this);
        }
    }

    /**
     * An action verb.
     *
     * @param meaning what the verb asks, in the contract's words, with its strength
     * @param pattern its written forms (a regular expression, matched case-insensitively)
     */
    public record Verb(ContractVerb meaning, String pattern) {
    }

    /**
     * The deadline grammar: regular expressions with named groups {@code day}, {@code month},
     * {@code year}, {@code year2}, {@code num}, {@code unit}, {@code ord}.
     */
    public static final class DeadlineGrammar {

        private final Map<String, Integer> months;
        private final String monthPattern;
        private final Pattern date;
        private final Pattern dateBy;
        private final Pattern dateUntil;
        private final Pattern dateAfter;
        private final Pattern monthYear;
        private final Pattern yearEnd;
        private final Pattern year;
        private final Pattern session;
        private final Pattern sessionEnd;
        private final Pattern period;
        private final Pattern periodFrom;
        private final Pattern recurrence;
        private final Pattern yearly;
        private final Pattern biennial;
        private final Pattern triennial;
        private final Pattern quarterly;
        private final Pattern halfYearly;
        private final Pattern monthly;
        private final Pattern periodEnd;
        private final Pattern unitDays;
        private final Pattern unitWeeks;
        private final Pattern unitMonths;

        private DeadlineGrammar(Builder b) {
            this.months = required(b.months, "months");
            this.monthPattern = required(b.monthPattern, "monthPattern");
            this.date = required(b.date, "date");
            this.dateBy = required(b.dateBy, "dateBy");
            this.dateUntil = required(b.dateUntil, "dateUntil");
            this.dateAfter = b.dateAfter;
            this.monthYear = required(b.monthYear, "monthYear");
            this.yearEnd = required(b.yearEnd, "yearEnd");
            this.year = required(b.year, "year");
            this.session = required(b.session, "session");
            this.sessionEnd = required(b.sessionEnd, "sessionEnd");
            this.period = required(b.period, "period");
            this.periodFrom = required(b.periodFrom, "periodFrom");
            this.recurrence = required(b.recurrence, "recurrence");
            this.yearly = required(b.yearly, "yearly");
            this.biennial = required(b.biennial, "biennial");
            this.triennial = required(b.triennial, "triennial");
            this.quarterly = required(b.quarterly, "quarterly");
            this.halfYearly = required(b.halfYearly, "halfYearly");
            this.monthly = required(b.monthly, "monthly");
            this.periodEnd = required(b.periodEnd, "periodEnd");
            this.unitDays = required(b.unitDays, "unitDays");
            this.unitWeeks = required(b.unitWeeks, "unitWeeks");
            this.unitMonths = required(b.unitMonths, "unitMonths");
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Month name → month number, matched by prefix (stems cover declension). */
        public Map<String, Integer> months() {
            return months;
        }

        /** Alternation of the month names as written. */
        public String monthPattern() {
            return monthPattern;
        }

        /** A full date, or a range of days of one month ("from 12 to 23 July 2025", group {@code firstDay}): a meeting held over those days is due when it opens. */
        public Pattern date() {
            return date;
        }

        /** Words before a date that make it a deadline ("by", "no later than"). */
        public Pattern dateBy() {
            return dateBy;
        }

        /** Words before a date that make it an end date ("until"). */
        public Pattern dateUntil() {
            return dateUntil;
        }

        /** Words after a date that make it a deadline (Chinese "之前"); optional. */
        public Pattern dateAfter() {
            return dateAfter;
        }

        /** A month of a year as a deadline ("in September 2021"). */
        public Pattern monthYear() {
            return monthYear;
        }

        /** The end of a year ("by the end of 2027"), optionally a quarter ({@code num}). */
        public Pattern yearEnd() {
            return yearEnd;
        }

        /** A year or a span of years as a deadline ("in 2025", "across 2024 and 2025"). */
        public Pattern year() {
            return year;
        }

        /** A session by ordinal or year ("at its seventy-seventh session"); ordinal words possessive ({@code [a-z]++}): tried at every word, a backtracking word run was the costliest pattern of the grammar. */
        public Pattern session() {
            return session;
        }

        /** The end of a session ("before the end of its eightieth session"). */
        public Pattern sessionEnd() {
            return sessionEnd;
        }

        /** A period counted from adoption ("within 90 days"). */
        public Pattern period() {
            return period;
        }

        /** A period counted from a date that follows ("for a period of 36 months from … June 2024"). */
        public Pattern periodFrom() {
            return periodFrom;
        }

        /** "every N units", "on a five-year cycle". */
        public Pattern recurrence() {
            return recurrence;
        }

        /** Words meaning every year. */
        public Pattern yearly() {
            return yearly;
        }

        /** Words meaning every two years. */
        public Pattern biennial() {
            return biennial;
        }

        /** Words meaning every three years. */
        public Pattern triennial() {
            return triennial;
        }

        /** Words meaning every quarter. */
        public Pattern quarterly() {
            return quarterly;
        }

        /** Words meaning twice a year. */
        public Pattern halfYearly() {
            return halfYearly;
        }

        /** Words meaning every month. */
        public Pattern monthly() {
            return monthly;
        }

        /** "at the end of this period", which refers to the mandate's end date. */
        public Pattern periodEnd() {
            return periodEnd;
        }

        /** Unit words meaning days. */
        public Pattern unitDays() {
            return unitDays;
        }

        /** Unit words meaning weeks. */
        public Pattern unitWeeks() {
            return unitWeeks;
        }

        /** Unit words meaning months (years otherwise). */
        public Pattern unitMonths() {
            return unitMonths;
        }

        /** Sets each part by its name; {@link #build} refuses a definition with a part missing. */
        public static final class Builder {

            private Map<String, Integer> months;
            private String monthPattern;
            private Pattern date;
            private Pattern dateBy;
            private Pattern dateUntil;
            private Pattern dateAfter;
            private Pattern monthYear;
            private Pattern yearEnd;
            private Pattern year;
            private Pattern session;
            private Pattern sessionEnd;
            private Pattern period;
            private Pattern periodFrom;
            private Pattern recurrence;
            private Pattern yearly;
            private Pattern biennial;
            private Pattern triennial;
            private Pattern quarterly;
            private Pattern halfYearly;
            private Pattern monthly;
            private Pattern periodEnd;
            private Pattern unitDays;
            private Pattern unitWeeks;
            private Pattern unitMonths;

            public Builder months(Map<String, Integer> months) {
                this.months = months;
                return this;
            }

            public Builder monthPattern(String monthPattern) {
                this.monthPattern = monthPattern;
                return this;
            }

            public Builder date(Pattern date) {
                this.date = date;
                return this;
            }

            public Builder dateBy(Pattern dateBy) {
                this.dateBy = dateBy;
                return this;
            }

            public Builder dateUntil(Pattern dateUntil) {
                this.dateUntil = dateUntil;
                return this;
            }

            public Builder dateAfter(Pattern dateAfter) {
                this.dateAfter = dateAfter;
                return this;
            }

            public Builder monthYear(Pattern monthYear) {
                this.monthYear = monthYear;
                return this;
            }

            public Builder yearEnd(Pattern yearEnd) {
                this.yearEnd = yearEnd;
                return this;
            }

            public Builder year(Pattern year) {
                this.year = year;
                return this;
            }

            public Builder session(Pattern session) {
                this.session = session;
                return this;
            }

            public Builder sessionEnd(Pattern sessionEnd) {
                this.sessionEnd = sessionEnd;
                return this;
            }

            public Builder period(Pattern period) {
                this.period = period;
                return this;
            }

            public Builder periodFrom(Pattern periodFrom) {
                this.periodFrom = periodFrom;
                return this;
            }

            public Builder recurrence(Pattern recurrence) {
                this.recurrence = recurrence;
                return this;
            }

            public Builder yearly(Pattern yearly) {
                this.yearly = yearly;
                return this;
            }

            public Builder biennial(Pattern biennial) {
                this.biennial = biennial;
                return this;
            }

            public Builder triennial(Pattern triennial) {
                this.triennial = triennial;
                return this;
            }

            public Builder quarterly(Pattern quarterly) {
                this.quarterly = quarterly;
                return this;
            }

            public Builder halfYearly(Pattern halfYearly) {
                this.halfYearly = halfYearly;
                return this;
            }

            public Builder monthly(Pattern monthly) {
                this.monthly = monthly;
                return this;
            }

            public Builder periodEnd(Pattern periodEnd) {
                this.periodEnd = periodEnd;
                return this;
            }

            public Builder unitDays(Pattern unitDays) {
                this.unitDays = unitDays;
                return this;
            }

            public Builder unitWeeks(Pattern unitWeeks) {
                this.unitWeeks = unitWeeks;
                return this;
            }

            public Builder unitMonths(Pattern unitMonths) {
                this.unitMonths = unitMonths;
                return this;
            }

            public DeadlineGrammar build() {
                return new DeadlineGrammar(this);
            }
        }
    }

    private static <T> T required(T part, String name) {
        if (part == null) {
            throw new IllegalStateException("A language definition lacks its " + name);
        }
        return part;
    }
}
