package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.ExtractionResult.Mandate;

/** One rule of the analyser per table: an operative paragraph in, what it gives out. */
class MandateRulesTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();

    private static final String OPENING = "Resolution adopted by the General Assembly on 1 January 2025\n\n"
            + "The General Assembly,\n\nRecalling its resolutions,\n\n1. ";

    private static List<Mandate> mandates(String resolution) {
        return EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8)).mandates();
    }

    private static Mandate only(String paragraph) {
        List<Mandate> mandates = mandates(OPENING + paragraph + "\n");
        assertThat(mandates).hasSize(1);
        return mandates.get(0);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on the implementation of the present resolution; | REPORT
            Requests the Secretary-General to carry out a study on the question, and further invites him to submit a report thereon;                            | REPORT
            Requests the Secretary-General to prepare a work programme for the Commission;                                                                      | REPORT
            Requests the Secretary-General to continue updating the Peacebuilding Commission on this collaboration;                                             | REPORT
            Requests the Secretary-General to keep the Committee regularly informed of developments;                                                            | REPORT
            Requests that the Secretary-General reports to the Council every three months on the situation;                                                    | REPORT
            Requests the Secretary-General to reflect this information in the existing reporting on the Fund;                                                   | REPORT
            Requests the Secretary-General to update, within existing modalities, the Peacebuilding Commission on progress made;                                 | REPORT
            Requests the Secretary-General to communicate to the Security Council information gathered by the Mission;                                          | REPORT
            Requests the Secretary-General to implement the recommendations contained in his reports on the Register;                                           | ACTION
            Requests the Secretary-General to bring the report of the Group of Experts to the attention of all Member States;                                   | ACTION
            Requests the Secretary-General to better inform the future work of relevant United Nations entities;                                                | ACTION
            Requests the Secretariat to develop a format for reporting the information and submit it to the Committee for approval;                             | ACTION
            Requests the Secretary-General to strengthen the reporting arrangements of the missions;                                                             | ACTION
            Decides to convene open informal consultations in 2026 to consider the report of the Secretary-General and the issues raised in the report;         | ACTION
            Calls upon the Ombudsperson to provide a copy of the Comprehensive Report to Member States;                                                         | ACTION
            """)
    void aReportAskedMakesAReportNotAReportNamed(String paragraph, MandateKind kind) {
        assertThat(only(paragraph).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Decides that the responsibilities of the security presence will include ensuring that a transitional administration can be established; | 0
            Decides that the measures shall not apply to activities approved in advance by the Committee established pursuant to resolution 1737 (2006); | 0
            Urges the intensification of diplomatic efforts on the basis of the relevant United Nations resolutions;                                        | 0
            Calls upon all United Nations Member States to cooperate fully;                                                                                 | 0
            Requests the United Nations specialized agencies to continue their interaction with the League of Arab States;                                 | 1
            Decides to establish an open-ended working group of the General Assembly;                                                                      | 1
            Reiterates its call in resolution 2462 (2019) for the Office of Counter-Terrorism to enhance coordination;                                     | 1
            Condemns the attack on the compound that injured United Nations personnel and contractors encourages the UN to strengthen its security;       | 1
            Notes that the panel will meet where the Ombudsperson recommends that the Committee consider delisting;                                        | 0
            Welcomes the decision of the Government which invites the Secretary-General to visit the country;                                              | 0
            """)
    void whoIsAskedToAct(String paragraph, int mandates) {
        assertThat(mandates(OPENING + paragraph + "\n")).hasSize(mandates);
    }

    @Test
    void aVerbFormUsedAsANounOpensNoClause() {
        Mandate mandate = only("Welcomes the notifications and requests submitted by Member States, and requests the "
                + "Secretary-General to act on them;");

        assertThat(mandate.deliverable()).isEqualTo("act on them");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The General Assembly,  | Recalling its resolutions,    | Requests the Secretary-General to report on a five-year cycle;                | P5Y
            en | The General Assembly,  | Recalling its resolutions,    | Requests the Secretary-General to report on the item, which will be considered triennially; | P3Y
            en | The General Assembly,  | Recalling its resolutions,    | Requests the Secretary-General to include in his six-monthly reports to the Council information on progress; | P6M
            fr | Le Conseil de sécurité, | Rappelant ses résolutions,   | Prie le Secrétaire général de lui présenter un rapport triennal sur la question ; | P3Y
            ru | Генеральная Ассамблея, | ссылаясь на свои резолюции,  | просит Генерального секретаря представлять раз в три года доклад по этому вопросу; | P3Y
            """)
    void recurrences(String language, String opening, String preamble, String paragraph, String recurrence) {
        String resolution = opening + "\n\n" + preamble + "\n\n1. " + paragraph + "\n";

        ExtractionResult result = EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().language()).isEqualTo(language);
        assertThat(result.mandates()).singleElement().extracting(Mandate::recurrence).isEqualTo(recurrence);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The General Assembly,     | Recalling its resolutions,   | Decides to convene the conference in New York from 12 to 23 July 2027;
            fr | Le Conseil de sécurité,   | Rappelant ses résolutions,   | Décide de convoquer la conférence du 12 au 23 juillet 2027 ;
            es | La Asamblea General,      | Recordando sus resoluciones anteriores sobre la cuestión, | Decide convocar la conferencia del 12 al 23 de julio de 2027;
            ru | Генеральная Ассамблея,    | ссылаясь на свои резолюции,  | постановляет созвать конференцию с 12 по 23 июля 2027 года;
            zh | 大会,                     | 回顾其以往各项决议,           | 决定于2027年7月12日至23日召开会议。
            """)
    void aMeetingOverARangeOfDaysIsDueWhenItOpens(String language, String opening, String preamble, String paragraph) {
        String resolution = opening + "\n\n" + preamble + "\n\n1. " + paragraph + "\n";
        ExtractionResult result = EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().language()).isEqualTo(language);
        assertThat(result.mandates()).singleElement().extracting(m -> m.due().date())
                .isEqualTo(java.time.LocalDate.of(2027, 7, 12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Requests the Secretary-General, with the assistance of a group of governmental experts to be convened at the end of 2027, to prepare a report on the Register, with a view to taking a decision at its eighty- third session; | 83
            Requests the Secretary-General to submit a report to the General Assembly at its eighty-first session;                                                                                                                 | 81
            """)
    void theDeadlineOfAReportIsReadFromTheReportOnwards(String paragraph, int session) {
        assertThat(only(paragraph).due().session()).isEqualTo(session);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The General Assembly,  | Recalling,  | Urges in this regard the intensification and acceleration of international and regional diplomatic efforts and support aimed at achieving, without delay, a comprehensive, just and lasting peace on the basis of the relevant decisions of the United Nations system, the terms of reference, including the principle of land for peace and an end to the occupation;
            ru | Совет Безопасности,    | ссылаясь,   | призывает Организацию Объединенных Наций и все государства оказывать всестороннюю поддержку усилиям по укреплению национального потенциала в области правосудия, исправительных учреждений, пограничного контроля и подготовки кадров полиции, в том числе по модернизации и профессионализации уголовной полиции и пенитенциарной системы страны;
            """)
    void aDeliverableStartsAtTheStartOfAWord(String language, String opening, String preamble, String paragraph) {
        String resolution = opening + "\n\n" + preamble + "\n\n1. " + paragraph + "\n";

        String deliverable = mandates(resolution).get(0).deliverable();
        int start = paragraph.indexOf(deliverable.replace(" …", ""));
        assertThat(start).isGreaterThanOrEqualTo(0);
        assertThat(start == 0 || !Character.isLetterOrDigit(paragraph.charAt(start - 1))).as(deliverable).isTrue();
    }
}
