package org.mandatetracker.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.SessionCalendar;

/**
 * Each deadline form of {@code docs/extraction-contract.md} ("Deadlines"), written in each of the six
 * official languages, read by that language's grammar. A new language or a new form adds rows here.
 */
class DeadlineFormsTest {

    private static final LocalDate ADOPTED = LocalDate.of(2022, 3, 15);
    private static final DeadlineFinder.Context CONTEXT = new DeadlineFinder.Context(ADOPTED, Body.GENERAL_ASSEMBLY,
            SessionCalendar.builtIn(), null);

    private static DeadlineFinder.Found read(String language, String clause) {
        return DeadlineFinder.find(Lexicons.forLanguage(language), clause, List.of(), CONTEXT, false);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            en | to submit a report in September 2023                         | 2023-09-30 | month   | -  | -
            fr | de présenter un rapport en septembre 2023                    | 2023-09-30 | month   | -  | -
            es | que presente un informe en septiembre de 2023                | 2023-09-30 | month   | -  | -
            ru | представить доклад в сентябре 2023 года                      | 2023-09-30 | month   | -  | -
            ar | أن يقدم تقريرا في أيلول/سبتمبر 2023                           | 2023-09-30 | month   | -  | -
            zh | 在2023年9月提交报告                                          | 2023-09-30 | month   | -  | -
            en | to report to the Council no later than 30 June 2022          | 2022-06-30 | day     | -  | -
            fr | de faire rapport au Conseil au plus tard le 30 juin 2022     | 2022-06-30 | day     | -  | -
            es | que informe al Consejo a más tardar el 30 de junio de 2022   | 2022-06-30 | day     | -  | -
            ru | представить Совету доклад не позднее 30 июня 2022 года       | 2022-06-30 | day     | -  | -
            ar | أن يقدم تقريرا إلى المجلس في موعد لا يتجاوز 30 حزيران/يونيه 2022 | 2022-06-30 | day | -  | -
            zh | 不迟于2022年6月30日向安理会提交报告                          | 2022-06-30 | day     | -  | -
            en | to convene the conference from 12 to 23 July 2022            | 2022-07-12 | day     | -  | -
            fr | de convoquer la conférence du 12 au 23 juillet 2022          | 2022-07-12 | day     | -  | -
            es | que convoque la conferencia del 12 al 23 de julio de 2022    | 2022-07-12 | day     | -  | -
            ru | созвать конференцию с 12 по 23 июля 2022 года                | 2022-07-12 | day     | -  | -
            ar | أن يعقد المؤتمر من 12 إلى 23 تموز/يوليه 2022                  | 2022-07-12 | day     | -  | -
            zh | 于2022年7月12日至23日召开会议                                | 2022-07-12 | day     | -  | -
            en | to report to it at its seventy-seventh session               | -          | session | 77 | -
            fr | de lui faire rapport à sa soixante-dix-septième session      | -          | session | 77 | -
            es | que la informe en su septuagésimo séptimo período de sesiones | -         | session | 77 | -
            ru | представить ей доклад на ее семьдесят седьмой сессии          | -          | session | 77 | -
            ar | أن يقدم إليها تقريرا في دورتها السابعة والسبعين               | -          | session | 77 | -
            zh | 向大会第七十七届会议提交报告                                  | -          | session | 77 | -
            en | to submit a report within 90 days                            | 2022-06-13 | day     | -  | -
            fr | de présenter un rapport dans un délai de 90 jours             | 2022-06-13 | day     | -  | -
            es | que presente un informe en un plazo de 90 días                | 2022-06-13 | day     | -  | -
            ru | представить доклад в течение 90 дней                          | 2022-06-13 | day     | -  | -
            ar | أن يقدم تقريرا في غضون 90 يوما                                | 2022-06-13 | day     | -  | -
            zh | 在90天内提交报告                                              | 2022-06-13 | day     | -  | -
            en | to submit a report within three months                       | 2022-06-15 | day     | -  | -
            fr | de présenter un rapport dans un délai de trois mois          | 2022-06-15 | day     | -  | -
            es | que presente un informe en un plazo de tres meses            | 2022-06-15 | day     | -  | -
            ru | представить доклад в течение трех месяцев                    | 2022-06-15 | day     | -  | -
            ar | أن يقدم تقريرا في غضون ثلاثة أشهر                             | 2022-06-15 | day     | -  | -
            zh | 在三个月内提交报告                                            | 2022-06-15 | day     | -  | -
            en | to complete the review by the end of 2027                    | 2027-12-31 | day     | -  | -
            fr | d'achever l'examen d'ici à la fin de 2027                    | 2027-12-31 | day     | -  | -
            es | que concluya el examen antes del fin de 2027                 | 2027-12-31 | day     | -  | -
            ru | завершить обзор до конца 2027 года                           | 2027-12-31 | day     | -  | -
            ar | أن يكمل الاستعراض بحلول نهاية عام 2027                        | 2027-12-31 | day     | -  | -
            zh | 在2027年底之前完成审查                                        | 2027-12-31 | day     | -  | -
            en | to report before the end of its eightieth session             | -          | session | 80 | -
            fr | de faire rapport avant la fin de sa quatre-vingtième session   | -          | session | 80 | -
            es | que informe antes del final de su octogésimo período de sesiones | -       | session | 80 | -
            ru | представить доклад до окончания своей восьмидесятой сессии     | -          | session | 80 | -
            ar | أن يقدم تقريرا قبل نهاية دورتها الثمانين                       | -          | session | 80 | -
            zh | 在第八十届会议结束之前提交报告                                 | -          | session | 80 | -
            en | to brief the Council every 90 days                           | 2022-06-13 | day     | -  | P90D
            fr | d'informer le Conseil tous les 90 jours                      | 2022-06-13 | day     | -  | P90D
            es | que informe al Consejo cada 90 días                          | 2022-06-13 | day     | -  | P90D
            ru | информировать Совет каждые 90 дней                           | 2022-06-13 | day     | -  | P90D
            ar | أن يقدم إحاطة إلى المجلس كل 90 يوما                           | 2022-06-13 | day     | -  | P90D
            zh | 每90天向安理会通报                                            | 2022-06-13 | day     | -  | P90D
            en | to inform the Council annually                               | 2023-03-15 | day     | -  | P1Y
            fr | d'informer le Conseil chaque année                           | 2023-03-15 | day     | -  | P1Y
            es | que informe al Consejo anualmente                            | 2023-03-15 | day     | -  | P1Y
            ru | ежегодно информировать Совет                                 | 2023-03-15 | day     | -  | P1Y
            ar | أن يقدم إلى المجلس تقريرا سنويا                               | 2023-03-15 | day     | -  | P1Y
            zh | 每年向安理会提交报告                                          | 2023-03-15 | day     | -  | P1Y
            en | to brief the Council every six months                        | 2022-09-15 | day     | -  | P6M
            fr | d'informer le Conseil tous les six mois                      | 2022-09-15 | day     | -  | P6M
            es | que informe al Consejo cada seis meses                       | 2022-09-15 | day     | -  | P6M
            ru | информировать Совет каждые шесть месяцев                     | 2022-09-15 | day     | -  | P6M
            ar | أن يقدم إحاطة إلى المجلس كل ستة أشهر                          | 2022-09-15 | day     | -  | P6M
            zh | 每六个月向安理会通报                                          | 2022-09-15 | day     | -  | P6M
            """)
    void eachDeadlineFormInEachLanguage(String language, String clause, LocalDate date, String precision,
                                        Integer session, String recurrence) {
        DeadlineFinder.Found found = read(language, clause);

        assertThat(found.due()).as("due").isNotNull();
        if (date != null) {
            assertThat(found.due().date()).as("date").isEqualTo(date);
        }
        assertThat(found.due().precision().contractName()).as("precision").isEqualTo(precision);
        assertThat(found.due().session()).as("session").isEqualTo(session);
        assertThat(found.recurrence()).as("recurrence").isEqualTo(recurrence);
    }

    @Test
    void aDateBeforeAdoptionIsNoDeadline() {
        assertThat(read("en", "as decided on 30 June 2021").due()).isNull();
    }
}
