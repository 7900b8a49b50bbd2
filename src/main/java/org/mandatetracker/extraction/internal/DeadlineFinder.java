package org.mandatetracker.extraction.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandatetracker.entity.EntityMention;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.DuePrecision;
import org.mandatetracker.extraction.ExtractionResult.Due;
import org.mandatetracker.extraction.SessionCalendar.SessionDate;
import org.mandatetracker.extraction.SessionCalendar;

/**
 * Reads the deadlines of one mandate clause with a language's {@link Lexicon.DeadlineGrammar}: dates
 * after "by"/"no later than", months, ends of years and quarters, sessions by ordinal or year and
 * their ends, periods counted from adoption, recurrences and end dates. The first deadline named is
 * the due date; dates before adoption refer to the past and are ignored.
 */
public final class DeadlineFinder {

    /**
     * What a clause's deadlines are resolved against.
     *
     * @param adopted    adoption date, null for a draft
     * @param body       the adopting body, owner of "its" sessions
     * @param mandateEnd the latest mandate end date set earlier in the resolution ("at the end of this period")
     */
    public record Context(LocalDate adopted, Body body, SessionCalendar calendar, LocalDate mandateEnd) {
    }

    /**
     * A clause's due date, recurrence (ISO period) and end date; each may be null.
     *
     * @param dueAt where the due's words ({@link Due#text()}) start in the text read, -1 when it has none
     */
    public record Found(Due due, String recurrence, LocalDate endDate, int dueAt) {
    }

    private record Candidate(int position, Due due) {
    }

    private static final Map<String, Pattern> MONTH_NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> MONTH_YEARS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> FIXED_RHYTHMS = new ConcurrentHashMap<>();
    /** The recurrences of the grammar's fixed rhythms, in the order {@link #fixedRhythms} joins them. */
    private static final String[] RHYTHMS = {"P1Y", "P2Y", "P3Y", "P3M", "P6M", "P1M"};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BROKEN_COMPOUND = Pattern.compile("-\\s+");
    private static final int LOOK_BEHIND = 60;
    private static final int OWNER_WINDOW = 120;

    private DeadlineFinder() {
    }

    public static Found find(Lexicon lexicon, String rawText, List<EntityMention> mentions, Context context,
                             boolean extension) {
        String text = asciiDigits(rawText);
        Lexicon.DeadlineGrammar g = lexicon.deadlines();
        String language = lexicon.language();
        List<Candidate> candidates = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        LocalDate endDate = null;
        // every form that names a date, month or year needs the year's digits: without any, skip them all
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');

        MatchStarts.Finder dates = MatchStarts.finder(g.date(), digits ? text : "");
        while (dates.find()) {
            Matcher date = dates.matcher();
            LocalDate day = date(g.months(), date.group("year"), date.group("month"), date.group("day"));
            if (date.group("firstDay") != null) {
                LocalDate opening = date(g.months(), date.group("year"), date.group("month"), date.group("firstDay"));
                if (opening != null && !isPast(opening, context)) {
                    candidates.add(new Candidate(date.start(), new Due(opening, DuePrecision.DAY, null, date.group().strip())));
                }
                mark(taken, date.start(), date.end());
                continue;
            }
            if (day == null || isPast(day, context)) {
                continue;
            }
            String before = text.substring(Math.max(0, date.start() - LOOK_BEHIND), date.start());
            String after = text.substring(date.end(), Math.min(text.length(), date.end() + 8));
            if (g.dateUntil().matcher(before).find()) {
                endDate = endDate == null ? day : endDate;
            } else if (g.dateBy().matcher(before).find() || g.dateAfter() != null && g.dateAfter().matcher(after).find()) {
                candidates.add(new Candidate(date.start(), new Due(day, DuePrecision.DAY, null, date.group().strip())));
            }
            mark(taken, date.start(), date.end());
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.monthYear(), digits ? text : ""); found.find(); ) {
            Matcher m = found.matcher();
            if (free(taken, m.start("month"), m.end())) {
                Integer month = month(g.months(), m.group("month"));
                LocalDate last = month == null ? null : YearMonth.of(Integer.parseInt(m.group("year")), month).atEndOfMonth();
                if (last != null && !isPast(last, context)) {
                    candidates.add(new Candidate(m.start(), new Due(last, DuePrecision.MONTH, null, m.group().strip())));
                    mark(taken, m.start(), m.end());
                }
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.yearEnd(), digits ? text : ""); found.find(); ) {
            Matcher m = found.matcher();
            if (free(taken, m.start(), m.end())) {
                int quarter = m.group("num") == null ? 4 : quarter(lexicon, m.group("num"));
                LocalDate end = YearMonth.of(Integer.parseInt(m.group("year")), quarter * 3).atEndOfMonth();
                if (!isPast(end, context)) {
                    candidates.add(new Candidate(m.start(), new Due(end, DuePrecision.DAY, null, m.group().strip())));
                }
                mark(taken, m.start(), m.end());
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.year(), digits ? text : ""); found.find(); ) {
            Matcher m = found.matcher();
            if (free(taken, m.start(), m.end())) {
                int year = Integer.parseInt(m.group("year2") != null ? m.group("year2") : m.group("year"));
                LocalDate end = LocalDate.of(year, 12, 31);
                if (!isPast(end, context)) {
                    candidates.add(new Candidate(m.start(), new Due(end, DuePrecision.YEAR, null, m.group().strip())));
                }
                mark(taken, m.start(), m.end());
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.sessionEnd(), text); found.find(); ) {
            Matcher m = found.matcher();
            Integer session = ordinal(lexicon, m.group("ord"));
            if (session != null) {
                Body owner = owner(mentions, m.start(), context.body());
                SessionDate closing = context.calendar().closing(owner, session).orElse(null);
                candidates.add(new Candidate(m.start(), sessionDue(closing, session, m.group())));
                mark(taken, m.start(), m.end());
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.session(), text); found.find(); ) {
            Matcher m = found.matcher();
            if (!free(taken, m.start(), m.end())) {
                continue;
            }
            String written = m.group("ord") != null ? m.group("ord") : m.group("ord2");
            Integer session = written == null ? null : ordinal(lexicon, written);
            if (session != null && (session < 200 || session >= 1946)) {
                Body owner = owner(mentions, m.start(), context.body());
                SessionDate opening = context.calendar().opening(owner, session).orElse(null);
                candidates.add(new Candidate(m.start(), sessionDue(opening, session, m.group())));
                mark(taken, m.start(), m.end());
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.period(), text); found.find(); ) {
            Matcher m = found.matcher();
            Period period = period(lexicon, m.group("num"), m.group("unit"));
            if (period != null && free(taken, m.start(), m.end())) {
                LocalDate due = context.adopted() == null ? null : context.adopted().plus(period);
                candidates.add(new Candidate(m.start(), new Due(due, DuePrecision.DAY, null, m.group().strip())));
            }
        }
        for (MatchStarts.Finder found = MatchStarts.finder(g.periodFrom(), digits ? text : ""); found.find(); ) {
            Matcher m = found.matcher();
            Period period = period(lexicon, m.group("num"), m.group("unit"));
            Due base = period == null ? null : baseAfter(g, text, m.end());
            if (base != null) {
                LocalDate counted = base.precision() == DuePrecision.MONTH
                        ? YearMonth.from(base.date()).plus(period).atEndOfMonth() : base.date().plus(period);
                candidates.add(new Candidate(m.start(), new Due(counted, base.precision(), null, m.group().strip())));
            }
        }
        MatchStarts.Finder periodEnds = MatchStarts.finder(g.periodEnd(), text);
        Matcher periodEnd = periodEnds.matcher();
        if (context.mandateEnd() != null && periodEnds.find()) {
            candidates.add(new Candidate(periodEnd.start(), new Due(context.mandateEnd(), DuePrecision.DAY, null,
                    periodEnd.group().strip())));
        }
        String recurrence = recurrence(lexicon, text);
        candidates.sort(Comparator.comparingInt(Candidate::position));
        Due due = candidates.isEmpty() ? null : candidates.get(0).due();
        int dueAt = due == null ? -1 : text.indexOf(due.text(), candidates.get(0).position());
        if (extension && endDate != null) {
            due = new Due(endDate, DuePrecision.DAY, null, null);
            dueAt = -1;
        }
        if (due == null && recurrence != null && context.adopted() != null) {
            due = new Due(context.adopted().plus(Period.parse(recurrence)), DuePrecision.DAY, null, null);
        }
        return new Found(due, recurrence, endDate, dueAt);
    }

    /** A session deadline: the session's day if the calendar has one, else the session number alone. */
    private static Due sessionDue(SessionDate day, int session, String text) {
        return day == null ? new Due(null, DuePrecision.SESSION, session, text.strip())
                : new Due(day.date(), DuePrecision.SESSION, session, text.strip(), day.estimated());
    }

    /** The date or month a period is counted from: the first one in the next words. */
    private static Due baseAfter(Lexicon.DeadlineGrammar g, String text, int from) {
        String next = text.substring(from, Math.min(text.length(), from + 160));
        Matcher date = g.date().matcher(next);
        if (date.find()) {
            LocalDate day = date(g.months(), date.group("year"), date.group("month"), date.group("day"));
            return day == null ? null : new Due(day, DuePrecision.DAY, null, null);
        }
        Matcher month = MONTH_YEARS.computeIfAbsent(g.monthPattern(),
                k -> Lexicons.ci("(?<month>" + k + ")\\s+(?:de\\s+)?(?<year>\\d{4})")).matcher(next);
        if (month.find()) {
            Integer m = month(g.months(), month.group("month"));
            return m == null ? null : new Due(YearMonth.of(Integer.parseInt(month.group("year")), m).atDay(1), DuePrecision.MONTH,
                    null, null);
        }
        return null;
    }

    private static String recurrence(Lexicon lexicon, String text) {
        Lexicon.DeadlineGrammar g = lexicon.deadlines();
        int best = Integer.MAX_VALUE;
        String found = null;
        MatchStarts.Finder everies = MatchStarts.finder(g.recurrence(), text);
        Matcher every = everies.matcher();
        if (everies.find()) {
            Period period = period(lexicon, every.group("num") == null ? "1" : every.group("num"), every.group("unit"));
            if (period != null) {
                best = every.start();
                found = (period.getMonths() % 12 == 0 && period.getMonths() > 0 ? Period.ofYears(period.getMonths() / 12)
                        : period).toString();
            }
        }
        // the fixed rhythms in one pass: the leftmost wins, and at one position the earlier rhythm, as listed
        MatchStarts.Finder rhythms = MatchStarts.finder(FIXED_RHYTHMS.computeIfAbsent(lexicon.language(), k -> fixedRhythms(g)), text);
        Matcher fixed = rhythms.matcher();
        if (rhythms.find() && fixed.start() < best) {
            for (int i = 0; i < RHYTHMS.length; i++) {
                if (fixed.group("r" + i) != null) {
                    found = RHYTHMS[i];
                    break;
                }
            }
        }
        return found;
    }

    private static Pattern fixedRhythms(Lexicon.DeadlineGrammar g) {
        Pattern[] patterns = {g.yearly(), g.biennial(), g.triennial(), g.quarterly(), g.halfYearly(), g.monthly()};
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < patterns.length; i++) {
            regex.append(i == 0 ? "" : "|").append("(?<r").append(i).append(">").append(patterns[i].pattern()).append(')');
        }
        // when every rhythm starts at a word boundary, one test of it first spares the six alternatives at all
        // the other positions, where they cost a tenth of the extraction
        boolean atWordStart = Stream.of(patterns).allMatch(p -> p.pattern().startsWith("\\b"));
        return Lexicons.ci(atWordStart ? "\\b(?:" + regex + ")" : regex.toString());
    }

    private static Period period(Lexicon lexicon, String num, String unit) {
        Integer n = NumberWords.parse(lexicon.numbers(), num);
        if (n == null || n <= 0 || n > 3650) {
            return null;
        }
        Lexicon.DeadlineGrammar g = lexicon.deadlines();
        String u = unit.strip();
        if (g.unitDays().matcher(u).find()) {
            return Period.ofDays(n);
        }
        if (g.unitWeeks().matcher(u).find()) {
            return Period.ofWeeks(n);
        }
        return g.unitMonths().matcher(u).find() ? Period.ofMonths(n) : Period.ofYears(n);
    }

    private static Integer ordinal(Lexicon lexicon, String written) {
        // "eighty- third": a compound broken at the line's end
        String[] words = WHITESPACE.split(BROKEN_COMPOUND.matcher(written.strip()).replaceAll("-"));
        for (int from = 0; from < words.length; from++) {
            Integer value = NumberWords.parse(lexicon.numbers(), String.join(" ", List.of(words).subList(from, words.length)));
            if (value != null) {
                return value;
            }
        }
        for (int to = words.length - 1; to > 0; to--) {
            Integer value = NumberWords.parse(lexicon.numbers(), String.join(" ", List.of(words).subList(0, to)));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static int quarter(Lexicon lexicon, String written) {
        Integer n = NumberWords.parse(lexicon.numbers(), written);
        return n == null ? 4 : Math.max(1, Math.min(4, n));
    }

    /**
     * Whose session: the body or commission named just before ("to the General Assembly at its …"),
     * else the adopting one. Officials and offices hold no sessions and are passed over.
     */
    private static Body owner(List<EntityMention> mentions, int position, Body body) {
        EntityMention last = null;
        for (EntityMention mention : mentions) {
            boolean holdsSessions = mention.entity().isBody() || mention.entity().kind().equals("SUBSIDIARY_BODY");
            if (holdsSessions && mention.end() <= position && position - mention.end() <= OWNER_WINDOW) {
                last = mention;
            }
        }
        if (last == null) {
            return body;
        }
        return last.entity().isBody() ? Body.ofCode(last.code()) : Body.OTHER;
    }

    private static LocalDate date(Map<String, Integer> months, String year, String month, String day) {
        Integer m = month(months, month);
        try {
            return m == null ? null : LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static Integer month(Map<String, Integer> months, String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(written);
            return number >= 1 && number <= 12 ? number : null;
        }
        String lower = written.toLowerCase();
        for (Map.Entry<String, Integer> month : months.entrySet()) {
            Pattern name = MONTH_NAMES.computeIfAbsent(month.getKey(), k -> Lexicons.ci("(?:" + k + ")"));
            if (name.matcher(lower).lookingAt()) {
                return month.getValue();
            }
        }
        return null;
    }

    /** The first date a text gives in this language's grammar, if any (used for adoption dates). */
    public static LocalDate firstDate(Lexicon lexicon, String text) {
        Matcher m = lexicon.deadlines().date().matcher(asciiDigits(text));
        while (m.find()) {
            LocalDate date = date(lexicon.deadlines().months(), m.group("year"), m.group("month"), m.group("day"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static boolean isPast(LocalDate date, Context context) {
        return context.adopted() != null && date.isBefore(context.adopted());
    }

    private static void mark(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Arabic-Indic and full-width digits as ASCII, one character for one, so offsets stay valid. */
    static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c >= '\u0660' && c <= '\u0669' ? c - '\u0660'
                    : c >= '\u06F0' && c <= '\u06F9' ? c - '\u06F0' : c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
            if (digit >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + digit));
            }
        }
        return out == null ? text : out.toString();
    }
}
