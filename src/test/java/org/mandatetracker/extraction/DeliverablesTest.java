package org.mandatetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandatetracker.extraction.ExtractionResult.Mandate;

/**
 * The deliverable of an operative paragraph in each official language: a whole phrase of the paragraph,
 * cut at word boundaries and at the punctuation that ends a phrase in its script, not at a deadline that
 * stands before the thing asked.
 */
class DeliverablesTest {

    private static final MandateExtractor EXTRACTOR = MandateExtractor.defaults();

    /** The opening line and a preamble paragraph of a resolution, by language. */
    private static final Map<String, String> OPENINGS = Map.of(
            "en", "The General Assembly,\n\nRecalling its resolutions,\n\n1. ",
            "fr", "L'Assemblée générale,\n\nRappelant ses résolutions antérieures sur la question,\n\n1. ",
            "es", "La Asamblea General,\n\nRecordando sus resoluciones anteriores sobre la cuestión,\n\n1. ",
            "ru", "Генеральная Ассамблея,\n\nссылаясь на свои предыдущие резолюции,\n\n1. ",
            "ar", "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1 - ",
            "zh", "大会，\n\n回顾其以往各项决议，\n\n1. ");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | Requests the Secretary-General to inform the Member States, no later than January 2026, of the progress achieved in the implementation of the present resolution; | inform the Member States, no later than January 2026, of the progress achieved in the implementation of the present resolution
            en | Requests the Secretary-General to submit a report to the General Assembly at its eighty-first session;                                                         | a report to the General Assembly
            en | Decides to include in the provisional agenda of its eighty-first session the item entitled "Cooperation between the United Nations and regional organizations"; | include in the provisional agenda of its eighty-first session the item entitled "Cooperation between the United Nations and regional organizations"
            en | Requests the Secretary-General to report to the Council no later than 30 June 2026, and to keep it informed of developments;                                    | report to the Council
            en | Requests the Secretary-General to submit, by 30 June 2026, a report on the activities of the Office;                                                            | a report on the activities of the Office
            en | Requests the Secretary-General to submit a work programme within 30 days of the adoption of the present resolution;                                            | submit a work programme
            en | Requests the Secretary-General to keep the Security Council informed of developments on the ground, and further requests him to submit a report;               | keep the Security Council informed of developments on the ground
            fr | Prie le Secrétaire général de lui présenter, à sa quatre-vingt-unième session, un rapport sur l'application de la présente résolution ;                           | un rapport sur l'application de la présente résolution
            fr | Prie le Secrétaire général d'informer les États Membres, au plus tard en janvier 2026, des progrès accomplis dans l'application de la présente résolution ;       | informer les États Membres, au plus tard en janvier 2026, des progrès accomplis dans l'application de la présente résolution
            es | Solicita al Secretario General que lo informe a más tardar el 30 de junio de 2026 sobre la aplicación de la presente resolución;                                  | informe a más tardar el 30 de junio de 2026 sobre la aplicación de la presente resolución
            es | Solicita al Secretario General que le presente un informe en su octogésimo primer período de sesiones;                                                          | un informe
            es | Decide prorrogar el mandato de la Misión de Asistencia de las Naciones Unidas en Somalia hasta el 30 de abril de 2027;                                          | prorrogar el mandato de la Misión de Asistencia de las Naciones Unidas en Somalia hasta el 30 de abril de 2027
            ru | просит Генерального секретаря проинформировать государства-члены не позднее января 2026 года о достигнутом прогрессе;                                           | проинформировать государства-члены не позднее января 2026 года о достигнутом прогрессе
            ru | просит Генерального секретаря представить Генеральной Ассамблее на ее восемьдесят первой сессии доклад об осуществлении настоящей резолюции;                     | доклад об осуществлении настоящей резолюции
            ru | просит Генерального секретаря представить доклад в сентябре 2026 года;                                                                                          | доклад
            ru | призывает Организацию Объединенных Наций и все государства оказывать всестороннюю поддержку усилиям по укреплению национального потенциала в области правосудия, исправительных учреждений, пограничного контроля и подготовки кадров полиции, в том числе по модернизации; | оказывать всестороннюю поддержку усилиям по укреплению национального потенциала в области правосудия, исправительных учреждений, пограничного контроля и …
            ar | تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والثمانين تقريرا عن تنفيذ هذا القرار؛                                                                    | تقريرا عن تنفيذ هذا القرار
            ar | تطلب إلى الأمين العام أن يقدم تقريرا في موعد لا يتجاوز 30 حزيران/يونيه 2026؛                                                                                  | تقريرا
            ar | تطلب إلى الأمين العام أن يعزز التعاون مع المنظمات الإقليمية، وأن يقدم الدعم التقني إلى الدول الأعضاء؛                                                          | يعزز التعاون مع المنظمات الإقليمية
            zh | 请秘书长向大会第八十一届会议提交关于本决议执行情况的报告；                                                                                                     | 提交关于本决议执行情况的报告
            zh | 请秘书长在2026年6月30日之前提交报告；                                                                                                                         | 提交报告
            zh | 请秘书长继续向安全理事会通报情况，并提出建议；                                                                                                                 | 继续向安全理事会通报情况
            zh | 决定将题为"联合国与区域组织之间的合作"的项目列入大会第八十一届会议临时议程。                                                                                    | 将题为"联合国与区域组织之间的合作"的项目列入大会第八十一届会议临时议程
            """)
    void theDeliverableIsTheWholePhraseAsked(String language, String paragraph, String deliverable) {
        String resolution = OPENINGS.get(language) + paragraph + "\n";

        ExtractionResult result = EXTRACTOR.extract("r.txt", resolution.getBytes(StandardCharsets.UTF_8));

        assertThat(result.document().language()).isEqualTo(language);
        assertThat(result.mandates()).singleElement().extracting(Mandate::deliverable).isEqualTo(deliverable);
    }
}
