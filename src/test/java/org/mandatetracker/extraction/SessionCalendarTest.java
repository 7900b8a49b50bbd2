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

    @ParameterizedTest(name = "General Assembly {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            75 | 2020-09-15 | false
            76 | 2021-09-14 | false
            77 | 2022-09-13 | false
            78 | 2023-09-05 | false
            79 | 2024-09-10 | false
            80 | 2025-09-09 | false
            81 | 2026-09-08 | false
            82 | 2027-09-07 | true
            83 | 2028-09-05 | true
            84 | 2029-09-11 | true
            85 | 2030-09-10 | true
            86 | 2031-09-09 | true
            87 | 2032-09-07 | true
            88 | 2033-09-06 | true
            89 | 2034-09-05 | true
            90 | 2035-09-11 | true
            """)
    void generalAssembly(int session, LocalDate opening, boolean estimated) {
        assertThat(CALENDAR.opening("GENERAL_ASSEMBLY", session)).contains(new SessionDate(opening, estimated));
    }

    @ParameterizedTest(name = "Human Rights Council {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            43 | 2020-02-24 | false
            44 | 2020-06-30 | false
            45 | 2020-09-14 | false
            46 | 2021-02-22 | false
            47 | 2021-06-21 | false
            48 | 2021-09-13 | false
            49 | 2022-02-28 | false
            50 | 2022-06-13 | false
            51 | 2022-09-12 | false
            52 | 2023-02-27 | false
            53 | 2023-06-19 | false
            54 | 2023-09-11 | false
            55 | 2024-02-26 | false
            56 | 2024-06-18 | false
            57 | 2024-09-09 | false
            58 | 2025-02-24 | false
            59 | 2025-06-16 | false
            60 | 2025-09-08 | false
            61 | 2026-02-23 | false
            62 | 2026-06-15 | true
            63 | 2026-09-14 | true
            64 | 2027-02-22 | true
            65 | 2027-06-21 | true
            66 | 2027-09-13 | true
            67 | 2028-02-28 | true
            68 | 2028-06-19 | true
            69 | 2028-09-11 | true
            70 | 2029-02-26 | true
            71 | 2029-06-18 | true
            72 | 2029-09-10 | true
            73 | 2030-02-25 | true
            74 | 2030-06-17 | true
            75 | 2030-09-09 | true
            76 | 2031-02-24 | true
            77 | 2031-06-16 | true
            78 | 2031-09-08 | true
            79 | 2032-02-23 | true
            80 | 2032-06-21 | true
            81 | 2032-09-13 | true
            82 | 2033-02-28 | true
            83 | 2033-06-20 | true
            84 | 2033-09-12 | true
            85 | 2034-02-27 | true
            86 | 2034-06-19 | true
            87 | 2034-09-11 | true
            88 | 2035-02-26 | true
            89 | 2035-06-18 | true
            90 | 2035-09-10 | true
            """)
    void humanRightsCouncil(int session, LocalDate opening, boolean estimated) {
        assertThat(CALENDAR.opening("HUMAN_RIGHTS_COUNCIL", session)).contains(new SessionDate(opening, estimated));
    }

    @ParameterizedTest(name = "ECOSOC {0} session → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020 | 2019-07-25 | true
            2021 | 2020-07-30 | true
            2022 | 2021-07-29 | true
            2023 | 2022-07-28 | true
            2024 | 2023-07-27 | false
            2025 | 2024-07-25 | false
            2026 | 2025-07-31 | false
            2027 | 2026-07-30 | true
            2028 | 2027-07-29 | true
            2029 | 2028-07-27 | true
            2030 | 2029-07-26 | true
            2031 | 2030-07-25 | true
            2032 | 2031-07-31 | true
            2033 | 2032-07-29 | true
            2034 | 2033-07-28 | true
            2035 | 2034-07-27 | true
            """)
    void economicAndSocialCouncilByYear(int year, LocalDate opening, boolean estimated) {
        assertThat(CALENDAR.opening("ECONOMIC_AND_SOCIAL_COUNCIL", year)).contains(new SessionDate(opening, estimated));
    }

    @Test
    void everyKnownDayIsTheRulesDayOrAListedExceptionToIt() throws IOException {
        for (String row : knownRows()) {
            String[] fields = row.split(",");
            String body = fields[0];
            int session = Integer.parseInt(fields[1]);
            LocalDate known = LocalDate.parse(fields[2]);
            LocalDate ruled = RULES_ONLY.opening(body, session).orElseThrow().date();

            assertThat(CALENDAR.opening(body, session)).as(row).contains(new SessionDate(known, false));
            assertThat(ruled.equals(known)).as(row + ", rule says " + ruled)
                    .isNotEqualTo(OFF_THE_RULE.contains(body + "," + session));
        }
    }

    @Test
    void aClosingIsTheDayBeforeTheNextOpeningAndAsSure() {
        assertThat(CALENDAR.closing("GENERAL_ASSEMBLY", 80)).contains(new SessionDate(LocalDate.of(2026, 9, 7), false));
        assertThat(CALENDAR.closing("GENERAL_ASSEMBLY", 81)).contains(new SessionDate(LocalDate.of(2027, 9, 6), true));
        assertThat(CALENDAR.closing("ECONOMIC_AND_SOCIAL_COUNCIL", 2026))
                .contains(new SessionDate(LocalDate.of(2026, 7, 29), true));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"SECURITY_COUNCIL, 80", "OTHER, 12", "GENERAL_ASSEMBLY, 2027", "HUMAN_RIGHTS_COUNCIL, 3",
            "ECONOMIC_AND_SOCIAL_COUNCIL, 60"})
    void noDateIsInventedWhereNoRuleReaches(String body, int session) {
        assertThat(CALENDAR.opening(body, session)).isEmpty();
    }

    private static List<String> knownRows() throws IOException {
        try (InputStream in = SessionCalendar.class.getResourceAsStream("session-calendar.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
