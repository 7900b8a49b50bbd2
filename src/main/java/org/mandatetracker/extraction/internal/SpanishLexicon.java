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

final class SpanishLexicon {

    private SpanishLexicon() {
    }

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre");
        String m = Lexicons.alternation(months);
        String num = "\\d{1,4}|[\\p{L}]+";
        String unit = "días?|semanas?|mes(?:es)?|años?";
        String ord = "\\d{1,3}º|[\\p{L}]++(?:\\s+[\\p{L}]++)?";
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern(m)
                .date(ci("(?=\\d|del\\s)(?:\\bdel\\s+(?<firstDay>\\d{1,2})\\s+al\\s+)?(?<day>\\d{1,2})\\s+de\\s+(?<month>" + m + ")\\s+de\\s+(?<year>\\d{4})"))
                .dateBy(ci("(?:\\ba más tardar el|\\bantes del?|\\bpara el|\\bel|\\bno más tarde del)\\s*$"))
                .dateUntil(ci("(?:\\bhasta el)\\s*$"))
                .monthYear(ci("\\b(?:en|para|antes de|hasta)\\s+(?<month>" + m + ")\\s+de\\s+(?<year>\\d{4})"))
                .yearEnd(ci("\\b(?:antes\\s+de(?:l|\\s+el)?|para(?:\\s+el)?|a\\s+más\\s+tardar\\s+a(?:l|\\s+el)?|hasta(?:\\s+el)?)\\s+"
                        + "fin(?:al|es)?\\s+(?:del\\s+(?<num>primer|segundo|"
                        + "tercer|cuarto)\\s+trimestre\\s+)?de\\s+(?<year>\\d{4})"))
                .year(ci("\\b(?:en|durante|a lo largo de)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:y|a|-)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"))
                .session(ci("\\b(?<ord>" + ord + ")\\s+per[ií]odo\\s+de\\s+sesiones\\b|\\bper[ií]odo\\s+de\\s+sesiones\\s+de\\s+"
                        + "(?<ord2>\\d{4})"))
                .sessionEnd(ci("\\b(?:final|fin|término|conclusión)\\s+de\\s+su\\s+(?<ord>" + ord + ")\\s+per[ií]odo\\s+de\\s+sesiones"))
                .period(ci("\\b(?:en un plazo de|dentro de|en el plazo de|a más tardar)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit
                        + ")\\b"))
                .periodFrom(ci("\\bpor\\s+un\\s+(?:nuevo\\s+)?período\\s+de\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+a\\s+partir\\s+de"))
                .recurrence(ci("\\bcada\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")\\b"))
                .yearly(ci("\\b(?:anualmente|cada año|todos los años|una vez al año|informe anual|informes anuales)\\b"))
                .biennial(ci("\\b(?:bienal(?:es|mente)?|bienalizar|cada dos años)\\b"))
                .triennial(ci("\\b(?:trienal(?:es|mente)?|cada tres años)\\b"))
                .quarterly(ci("\\b(?:trimestral(?:es|mente)?)\\b"))
                .halfYearly(ci("\\b(?:semestral(?:es|mente)?|dos veces al año)\\b"))
                .monthly(ci("\\b(?:mensual(?:es|mente)?)\\b"))
                .periodEnd(ci("\\bal\\s+final\\s+de\\s+(?:ese|este|dicho)\\s+(?:período|mandato)\\b"))
                .unitDays(ci("^d[ií]as?$"))
                .unitWeeks(ci("^semanas?$"))
                .unitMonths(ci("^mes(?:es)?$"))
                .build();
        // reports are asked in this language by the same words that name them
        Pattern report = ci("\\b(?:informes?|informar|informe oral|exposiciones? informativas?|mantenga[^;]{0,40}informad[oa]s?"
                        + "|actualización)\\b");
        return Lexicon.builder("es")
                .script(Character.UnicodeScript.LATIN)
                .commonWords(Set.of("el", "los", "las", "y", "del", "su", "sus", "con"))
                .capitalisedParagraphs()
                .openers(Lexicons.openers("^(?:la\\s+|el\\s+)?", "\\s*,$", Map.of(
                        Body.GENERAL_ASSEMBLY, "asamblea general",
                        Body.SECURITY_COUNCIL, "consejo de seguridad",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "consejo económico y social",
                        Body.HUMAN_RIGHTS_COUNCIL, "consejo de derechos humanos")))
                .actionVerbs(List.of(new Verb(ContractVerb.URGES, "insta|exhorta encarecidamente"),
                        new Verb(ContractVerb.REQUESTS, "solicita|pide|encarga|encomienda"),
                        new Verb(ContractVerb.DECIDES, "decide"),
                        new Verb(ContractVerb.AUTHORIZES, "autoriza"),
                        new Verb(ContractVerb.CALLS_UPON, "exhorta|hace un llamamiento"),
                        new Verb(ContractVerb.ENCOURAGES, "alienta|anima"),
                        new Verb(ContractVerb.INVITES, "invita"),
                        new Verb(ContractVerb.RECOMMENDS, "recomienda")))
                .otherVerbs(ci("\\b(?:reafirma|afirma|reconoce|subraya|destaca|observa|toma nota|acoge con beneplácito|expresa|"
                        + "condena|reitera|recuerda|hace suyas?|aprueba|encomia|proclama|exige|apoya|deplora|"
                        + "considera|confirma|declara|lamenta|pone de relieve|celebra)\\b"))
                .verbLead(ci("(?:^|[,;:()]|\\b(?:y|también|además|asimismo|a este respecto|en este sentido|nuevamente|"
                        + "encarecidamente))\\s*"))
                .addresseeSkip(ci("^\\s*(?:también\\s+|además\\s+|asimismo\\s+)?(?:a\\s+(?=los\\b|las\\b|la\\b|todos\\b|todas\\b)|que\\s+)?"))
                .addresseeEnd(ci("\\s(?:que|a|para|de\\s+(?=[a-záéíóú]+r\\b))\\s|[;:]"))
                .report(report)
                .reportAsked(report)
                .agenda(ci("\\bincluir\\b[^;]{0,160}\\bprograma provisional\\b"))
                .extension(ci("\\b(?:prorrogar|prorroga|renovar|prolongar|prolonga)\\b"))
                .convene(ci("\\b(?:convocar|celebrar|organizar)\\b[^;]{0,150}?\\b(?:conferencias?|reuni[oó]n(?:es)?|consultas|"
                        + "diálogos?|cumbres?|foros?)\\b"))
                .establish(ci("crear|establecer"))
                .instrumentBefore(ci("(?:Carta|Convención|Artículo\\s+\\d+)\\s+(?:de\\s+las)?\\s*$"))
                .articleBefore(Lexicons.articleBefore("un|una|el|los|la"))
                .phraseEnd(ci("[;:]"))
                .deadlineLead(ci("\\b(?:en|a|antes de|durante|de|del|para|hasta|desde)(?:\\s+(?:su|sus|la|el|los|las))?\\s*$"))
                .objectAfterDeadline(ci("(?:sobre|acerca|un|una|el|la|los|las)\\b"))
                .numbers(numbers())
                .draft(ci("\\bproyecto de resolución\\b"))
                .adoption(ci("\\baprobad[ao]\\b"))
                .annex(ci("^(?:anexo|apéndice)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"))
                .meetingLine(ci("^\\d+ª\\s+sesión"))
                .councilResolution(ci("Resolución\\s+(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)"))
                .deadlines(deadlines)
                .build();
    }

    /** Cardinals and ordinals, masculine and feminine, summed; read without accents. */
    private static NumberWords.Reader numbers() {
        String[][] pairs = {{"uno", "1"}, {"una", "1"}, {"un", "1"}, {"dos", "2"}, {"tres", "3"}, {"cuatro", "4"},
                {"cinco", "5"}, {"seis", "6"}, {"siete", "7"}, {"ocho", "8"}, {"nueve", "9"}, {"diez", "10"},
                {"once", "11"}, {"doce", "12"}, {"trece", "13"}, {"catorce", "14"}, {"quince", "15"},
                {"dieciseis", "16"}, {"diecisiete", "17"}, {"dieciocho", "18"}, {"diecinueve", "19"}, {"veinte", "20"},
                {"treinta", "30"}, {"cuarenta", "40"}, {"cincuenta", "50"}, {"sesenta", "60"}, {"setenta", "70"},
                {"ochenta", "80"}, {"noventa", "90"}, {"cien", "100"}, {"ciento", "100"},
                {"primer", "1"}, {"primero", "1"}, {"segundo", "2"}, {"tercer", "3"}, {"tercero", "3"}, {"cuarto", "4"},
                {"quinto", "5"}, {"sexto", "6"}, {"septimo", "7"}, {"setimo", "7"}, {"octavo", "8"}, {"noveno", "9"},
                {"nono", "9"}, {"decimo", "10"}, {"undecimo", "11"}, {"duodecimo", "12"}, {"vigesimo", "20"},
                {"trigesimo", "30"}, {"cuadragesimo", "40"}, {"quincuagesimo", "50"}, {"sexagesimo", "60"},
                {"septuagesimo", "70"}, {"octogesimo", "80"}, {"nonagesimo", "90"}, {"centesimo", "100"}};
        Map<String, Integer> words = new HashMap<>();
        for (String[] pair : pairs) {
            words.put(pair[0], Integer.parseInt(pair[1]));
            if (pair[0].endsWith("o")) {
                words.put(pair[0].substring(0, pair[0].length() - 1) + "a", Integer.parseInt(pair[1]));
            }
        }
        return NumberWords.summing(words, Pattern.compile("[\\s-]+|\\by\\b"), Set.of(), NumberWords::stripAccents,
                false);
    }
}
