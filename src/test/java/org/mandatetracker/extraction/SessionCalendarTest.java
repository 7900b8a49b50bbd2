package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.SessionCalendar.SessionDate;

/** Session openings 2020–2035 per body: the known days, and the days each body's rules give. */
class SessionCalendarTest {

    private static final SessionCalendar CALENDAR = SessionCalendar.builtIn();
    private static final SessionCalendar RULES_ONLY = new SessionCalendar(Map.of());
    /** Known openings the rules do not give: a postponement (COVID-19), a second-Monday June, a Tuesday. */
    private static final Set<String> OFF_THE_RULE = Set.of("HUMAN_RIGHTS_COUNCIL,44", "HUMAN_RIGHTS_COUNCIL,50",
            "HUMAN_RIGHTS_COUNCIL,56");

    /** Every session 2020–2035; ECOSOC's are numbered by year. */
    @ParameterizedTest(name = "{0} {1} → {2}, estimated {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GENERAL_ASSEMBLY            | 75 | 2020-09-15 | false
            GENERAL_ASSEMBLY            | 76 | 2021-09-14 | false
            GENERAL_ASSEMBLY            | 77 | 2022-09-13 | false
            GENERAL_ASSEMBLY            | 78 | 2023-09-05 | false
            GENERAL_ASSEMBLY            | 79 | 2024-09-10 | false
            GENERAL_ASSEMBLY            | 80 | 2025-09-09 | false
            GENERAL_ASSEMBLY            | 81 | 2026-09-08 | false
            GENERAL_ASSEMBLY            | 82 | 2027-09-07 | true
            GENERAL_ASSEMBLY            | 83 | 2028-09-05 | true
            GENERAL_ASSEMBLY            | 84 | 2029-09-11 | true
            GENERAL_ASSEMBLY            | 85 | 2030-09-10 | true
            GENERAL_ASSEMBLY            | 86 | 2031-09-09 | true
            GENERAL_ASSEMBLY            | 87 | 2032-09-07 | true
            GENERAL_ASSEMBLY            | 88 | 2033-09-06 | true
            GENERAL_ASSEMBLY            | 89 | 2034-09-05 | true
            GENERAL_ASSEMBLY            | 90 | 2035-09-11 | true
            HUMAN_RIGHTS_COUNCIL        | 43 | 2020-02-24 | false
            HUMAN_RIGHTS_COUNCIL        | 44 | 2020-06-30 | false
            HUMAN_RIGHTS_COUNCIL        | 45 | 2020-09-14 | false
            HUMAN_RIGHTS_COUNCIL        | 46 | 2021-02-22 | false
            HUMAN_RIGHTS_COUNCIL        | 47 | 2021-06-21 | false
            HUMAN_RIGHTS_COUNCIL        | 48 | 2021-09-13 | false
            HUMAN_RIGHTS_COUNCIL        | 49 | 2022-02-28 | false
            HUMAN_RIGHTS_COUNCIL        | 50 | 2022-06-13 | false
            HUMAN_RIGHTS_COUNCIL        | 51 | 2022-09-12 | false
            HUMAN_RIGHTS_COUNCIL        | 52 | 2023-02-27 | false
            HUMAN_RIGHTS_COUNCIL        | 53 | 2023-06-19 | false
            HUMAN_RIGHTS_COUNCIL        | 54 | 2023-09-11 | false
            HUMAN_RIGHTS_COUNCIL        | 55 | 2024-02-26 | false
            HUMAN_RIGHTS_COUNCIL        | 56 | 2024-06-18 | false
            HUMAN_RIGHTS_COUNCIL        | 57 | 2024-09-09 | false
            HUMAN_RIGHTS_COUNCIL        | 58 | 2025-02-24 | false
            HUMAN_RIGHTS_COUNCIL        | 59 | 2025-06-16 | false
            HUMAN_RIGHTS_COUNCIL        | 60 | 2025-09-08 | false
            HUMAN_RIGHTS_COUNCIL        | 61 | 2026-02-23 | false
            HUMAN_RIGHTS_COUNCIL        | 62 | 2026-06-15 | true
            HUMAN_RIGHTS_COUNCIL        | 63 | 2026-09-14 | true
            HUMAN_RIGHTS_COUNCIL        | 64 | 2027-02-22 | true
            HUMAN_RIGHTS_COUNCIL        | 65 | 2027-06-21 | true
            HUMAN_RIGHTS_COUNCIL        | 66 | 2027-09-13 | true
            HUMAN_RIGHTS_COUNCIL        | 67 | 2028-02-28 | true
            HUMAN_RIGHTS_COUNCIL        | 68 | 2028-06-19 | true
            HUMAN_RIGHTS_COUNCIL        | 69 | 2028-09-11 | true
            HUMAN_RIGHTS_COUNCIL        | 70 | 2029-02-26 | true
            HUMAN_RIGHTS_COUNCIL        | 71 | 2029-06-18 | true
            HUMAN_RIGHTS_COUNCIL        | 72 | 2029-09-10 | true
            HUMAN_RIGHTS_COUNCIL        | 73 | 2030-02-25 | true
            HUMAN_RIGHTS_COUNCIL        | 74 | 2030-06-17 | true
            HUMAN_RIGHTS_COUNCIL        | 75 | 2030-09-09 | true
            HUMAN_RIGHTS_COUNCIL        | 76 | 2031-02-24 | true
            HUMAN_RIGHTS_COUNCIL        | 77 | 2031-06-16 | true
            HUMAN_RIGHTS_COUNCIL        | 78 | 2031-09-08 | true
            HUMAN_RIGHTS_COUNCIL        | 79 | 2032-02-23 | true
            HUMAN_RIGHTS_COUNCIL        | 80 | 2032-06-21 | true
            HUMAN_RIGHTS_COUNCIL        | 81 | 2032-09-13 | true
            HUMAN_RIGHTS_COUNCIL        | 82 | 2033-02-28 | true
            HUMAN_RIGHTS_COUNCIL        | 83 | 2033-06-20 | true
            HUMAN_RIGHTS_COUNCIL        | 84 | 2033-09-12 | true
            HUMAN_RIGHTS_COUNCIL        | 85 | 2034-02-27 | true
            HUMAN_RIGHTS_COUNCIL        | 86 | 2034-06-19 | true
            HUMAN_RIGHTS_COUNCIL        | 87 | 2034-09-11 | true
            HUMAN_RIGHTS_COUNCIL        | 88 | 2035-02-26 | true
            HUMAN_RIGHTS_COUNCIL        | 89 | 2035-06-18 | true
            HUMAN_RIGHTS_COUNCIL        | 90 | 2035-09-10 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2020 | 2019-07-25 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2021 | 2020-07-30 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2022 | 2021-07-29 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2023 | 2022-07-28 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2024 | 2023-07-27 | false
            ECONOMIC_AND_SOCIAL_COUNCIL | 2025 | 2024-07-25 | false
            ECONOMIC_AND_SOCIAL_COUNCIL | 2026 | 2025-07-31 | false
            ECONOMIC_AND_SOCIAL_COUNCIL | 2027 | 2026-07-30 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2028 | 2027-07-29 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2029 | 2028-07-27 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2030 | 2029-07-26 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2031 | 2030-07-25 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2032 | 2031-07-31 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2033 | 2032-07-29 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2034 | 2033-07-28 | true
            ECONOMIC_AND_SOCIAL_COUNCIL | 2035 | 2034-07-27 | true
            """)
    void openings(Body body, int session, LocalDate opening, boolean estimated) {
        assertThat(CALENDAR.opening(body, session)).contains(new SessionDate(opening, estimated));
    }

    @Test
    void everyKnownDayIsTheRulesDayOrAListedExceptionToIt() throws IOException {
        for (String row : knownRows()) {
            String[] fields = row.split(",");
            Body body = Body.valueOf(fields[0]);
            int session = Integer.parseInt(fields[1]);
            LocalDate known = LocalDate.parse(fields[2]);
            LocalDate ruled = RULES_ONLY.opening(body, session).orElseThrow().date();

            assertThat(CALENDAR.opening(body, session)).as(row).contains(new SessionDate(known, false));
            assertThat(ruled.equals(known)).as(row + ", rule says " + ruled)
                    .isNotEqualTo(OFF_THE_RULE.contains(body + "," + session));
        }
    }

    @Test
    void aDayTheApplicationKnowsOverridesTheRule() {
        SessionCalendar known = new SessionCalendar(Map.of(Body.GENERAL_ASSEMBLY, Map.of(82, LocalDate.of(2027, 9, 14))));

        assertThat(known.opening(Body.GENERAL_ASSEMBLY, 82)).contains(new SessionDate(LocalDate.of(2027, 9, 14), false));
        assertThat(known.opening(Body.GENERAL_ASSEMBLY, 83)).contains(new SessionDate(LocalDate.of(2028, 9, 5), true));
    }

    @Test
    void aClosingIsTheDayBeforeTheNextOpeningAndAsSure() {
        assertThat(CALENDAR.closing(Body.GENERAL_ASSEMBLY, 80)).contains(new SessionDate(LocalDate.of(2026, 9, 7), false));
        assertThat(CALENDAR.closing(Body.GENERAL_ASSEMBLY, 81)).contains(new SessionDate(LocalDate.of(2027, 9, 6), true));
        assertThat(CALENDAR.closing(Body.ECONOMIC_AND_SOCIAL_COUNCIL, 2026))
                .contains(new SessionDate(LocalDate.of(2026, 7, 29), true));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"SECURITY_COUNCIL, 80", "OTHER, 12", "GENERAL_ASSEMBLY, 2027", "HUMAN_RIGHTS_COUNCIL, 3",
            "ECONOMIC_AND_SOCIAL_COUNCIL, 60"})
    void noDateIsInventedWhereNoRuleReaches(Body body, int session) {
        assertThat(CALENDAR.opening(body, session)).isEmpty();
    }

    private static List<String> knownRows() throws IOException {
        try (InputStream in = SessionCalendar.class.getResourceAsStream("session-calendar.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
