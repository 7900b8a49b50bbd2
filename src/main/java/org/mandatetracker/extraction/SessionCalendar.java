package org.mandatetracker.extraction;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Opening days of the sessions of the General Assembly, the Human Rights Council and the Economic and
 * Social Council, so that "at its seventy-seventh session" becomes a date. Immutable; the built-in
 * table ({@code session-calendar.csv}) holds the known days and the application may pass its own. A
 * session the table does not list gets the day its body's own rules give, marked as estimated; a known
 * day always wins over the rule. Other bodies' sessions have no date: none is invented.
 */
public final class SessionCalendar {

    /** A session's day, and whether it was computed from the body's rules rather than known. */
    public record SessionDate(LocalDate date, boolean estimated) {
    }

    private static final String RESOURCE = "/org/mandatetracker/extraction/session-calendar.csv";

    /** Each body's rule for the opening day of a session; null where the rule does not reach. */
    private static final Map<Body, IntFunction<LocalDate>> RULES = Map.of(
            Body.GENERAL_ASSEMBLY, SessionCalendar::generalAssemblyOpening,
            Body.HUMAN_RIGHTS_COUNCIL, SessionCalendar::humanRightsCouncilOpening,
            Body.ECONOMIC_AND_SOCIAL_COUNCIL, SessionCalendar::economicAndSocialCouncilOpening);

    /** Session numbers from here on are years, as in ECOSOC's "its 2027 session". */
    private static final int FIRST_YEAR_AS_SESSION = 1946;
    /** From its 78th session (2023) the Assembly opens a week earlier than rule 1's third week. */
    private static final int FIRST_GENERAL_ASSEMBLY_SESSION_IN_SECOND_WEEK = 78;
    /** The Council's sessions run three a year, numbered in step, from its 7th session (March 2008). */
    private static final int FIRST_THREE_A_YEAR_COUNCIL_SESSION = 7;
    /** The Council's February session of {@link #COUNCIL_ANCHOR_YEAR}, from which the others are counted. */
    private static final int COUNCIL_ANCHOR_SESSION = 52;
    private static final int COUNCIL_ANCHOR_YEAR = 2023;
    /** ECOSOC's session of a year runs from July of the year before since its 2014 session (resolution 68/1). */
    private static final int FIRST_JULY_TO_JULY_ECOSOC_SESSION = 2014;

    private final Map<Body, Map<Integer, LocalDate>> openings;

    /** @param openings known opening day by session number (ECOSOC: by year), by body */
    public SessionCalendar(Map<Body, Map<Integer, LocalDate>> openings) {
        Map<Body, Map<Integer, LocalDate>> copy = new HashMap<>();
        openings.forEach((body, days) -> copy.put(body, Map.copyOf(days)));
        this.openings = Map.copyOf(copy);
    }

    public static SessionCalendar builtIn() {
        Map<Body, Map<Integer, LocalDate>> openings = new HashMap<>();
        try (InputStream in = SessionCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(",");
                openings.computeIfAbsent(Body.valueOf(fields[0].strip()), k -> new HashMap<>())
                        .put(Integer.parseInt(fields[1].strip()), LocalDate.parse(fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new SessionCalendar(openings);
    }

    /** The opening day of a body's session: the known one, else the one its rules give, else none. */
    public Optional<SessionDate> opening(Body body, int session) {
        LocalDate known = openings.getOrDefault(body, Map.of()).get(session);
        if (known != null) {
            return Optional.of(new SessionDate(known, false));
        }
        IntFunction<LocalDate> rule = RULES.get(body);
        return Optional.ofNullable(rule == null ? null : rule.apply(session)).map(day -> new SessionDate(day, true));
    }

    /** The last day of a session: the day before the next one opens, as sure as that opening is. */
    public Optional<SessionDate> closing(Body body, int session) {
        return opening(body, session + 1).map(next -> new SessionDate(next.date().minusDays(1), next.estimated()));
    }

    /**
     * Rule 1 of the Assembly's rules of procedure: the Tuesday of the third week of September, counting
     * from the first week with at least one working day; since 2023 the Assembly opens in the second
     * such week. Session N opens in September of 1945 + N.
     */
    private static LocalDate generalAssemblyOpening(int session) {
        if (session < 1 || session >= FIRST_YEAR_AS_SESSION) {
            return null;
        }
        LocalDate firstWorkingDay = LocalDate.of(1945 + session, Month.SEPTEMBER, 1);
        while (firstWorkingDay.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
            firstWorkingDay = firstWorkingDay.plusDays(1);
        }
        int week = session >= FIRST_GENERAL_ASSEMBLY_SESSION_IN_SECOND_WEEK ? 2 : 3;
        return firstWorkingDay.with(previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1).plusDays(1);
    }

    /**
     * Three regular sessions a year, opening on the Mondays the Council has kept: the last of February,
     * the third of June and the second of September.
     */
    private static LocalDate humanRightsCouncilOpening(int session) {
        if (session < FIRST_THREE_A_YEAR_COUNCIL_SESSION || session >= FIRST_YEAR_AS_SESSION) {
            return null;
        }
        int sinceAnchor = session - COUNCIL_ANCHOR_SESSION;
        int year = COUNCIL_ANCHOR_YEAR + Math.floorDiv(sinceAnchor, 3);
        return switch (Math.floorMod(sinceAnchor, 3)) {
            case 0 -> LocalDate.of(year, Month.FEBRUARY, 1).with(lastInMonth(DayOfWeek.MONDAY));
            case 1 -> LocalDate.of(year, Month.JUNE, 1).with(dayOfWeekInMonth(3, DayOfWeek.MONDAY));
            default -> LocalDate.of(year, Month.SEPTEMBER, 1).with(dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        };
    }

    /**
     * ECOSOC names its sessions by year; the session of year Y opens right after the session of Y - 1
     * closes, at the end of July of Y - 1, on the last Thursday as in the years known.
     */
    private static LocalDate economicAndSocialCouncilOpening(int year) {
        if (year < FIRST_JULY_TO_JULY_ECOSOC_SESSION) {
            return null;
        }
        return LocalDate.of(year - 1, Month.JULY, 1).with(lastInMonth(DayOfWeek.THURSDAY));
    }
}
