package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
        DeadlineGrammar deadlines = new DeadlineGrammar(months, m,
                ci("(?=\\d|del\\s)(?:\\bdel\\s+(?<firstDay>\\d{1,2})\\s+al\\s+)?(?<day>\\d{1,2})\\s+de\\s+(?<month>" + m + ")\\s+de\\s+(?<year>\\d{4})"),
                ci("(?:\\ba más tardar el|\\bantes del?|\\bpara el|\\bel|\\bno más tarde del)\\s*$"),
                ci("(?:\\bhasta el)\\s*$"),
                null,
                ci("\\b(?:en|para|antes de|hasta)\\s+(?<month>" + m + ")\\s+de\\s+(?<year>\\d{4})"),
                ci("\\b(?:antes de|para|a más tardar a|hasta)\\s+(?:el\\s+)?fin(?:al)?\\s+(?:del\\s+(?<num>primer|segundo|"
                        + "tercer|cuarto)\\s+trimestre\\s+)?de\\s+(?<year>\\d{4})"),
                ci("\\b(?:en|durante|a lo largo de)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:y|a|-)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"),
                ci("\\b(?<ord>" + ord + ")\\s+per[ií]odo\\s+de\\s+sesiones\\b|\\bper[ií]odo\\s+de\\s+sesiones\\s+de\\s+"
                        + "(?<ord2>\\d{4})"),
                ci("\\b(?:final|fin|término|conclusión)\\s+de\\s+su\\s+(?<ord>" + ord + ")\\s+per[ií]odo\\s+de\\s+sesiones"),
                ci("\\b(?:en un plazo de|dentro de|en el plazo de|a más tardar)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit
                        + ")\\b"),
                ci("\\bpor\\s+un\\s+(?:nuevo\\s+)?período\\s+de\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+a\\s+partir\\s+de"),
                ci("\\bcada\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")\\b"),
                ci("\\b(?:anualmente|cada año|todos los años|una vez al año|informe anual|informes anuales)\\b"),
                ci("\\b(?:bienal(?:es|mente)?|bienalizar|cada dos años)\\b"),
                ci("\\b(?:trienal(?:es|mente)?|cada tres años)\\b"),
                ci("\\b(?:trimestral(?:es|mente)?)\\b"),
                ci("\\b(?:semestral(?:es|mente)?|dos veces al año)\\b"),
                ci("\\b(?:mensual(?:es|mente)?)\\b"),
                ci("\\bal\\s+final\\s+de\\s+(?:ese|este|dicho)\\s+(?:período|mandato)\\b"),
                ci("^d[ií]as?$"), ci("^semanas?$"), ci("^mes(?:es)?$"));
        // reports are asked in this language by the same words that name them
        Pattern report = ci("\\b(?:informes?|informar|informe oral|exposiciones? informativas?|mantenga[^;]{0,40}informad[oa]s?"
                        + "|actualización)\\b");
        return new Lexicon("es",
                Lexicons.openers("^(?:la\\s+|el\\s+)?", "\\s*,$", "GENERAL_ASSEMBLY", "asamblea general",
                        "SECURITY_COUNCIL", "consejo de seguridad", "ECONOMIC_AND_SOCIAL_COUNCIL",
                        "consejo económico y social", "HUMAN_RIGHTS_COUNCIL", "consejo de derechos humanos"),
                List.of(new Verb("insta|exhorta encarecidamente", "urges", "encourage"),
                        new Verb("solicita|pide|encarga|encomienda", "requests", "request"),
                        new Verb("decide", "decides", "request"),
                        new Verb("autoriza", "authorizes", "request"),
                        new Verb("exhorta|hace un llamamiento", "calls upon", "encourage"),
                        new Verb("alienta|anima", "encourages", "encourage"),
                        new Verb("invita", "invites", "encourage"),
                        new Verb("recomienda", "recommends", "encourage")),
                ci("\\b(?:reafirma|afirma|reconoce|subraya|destaca|observa|toma nota|acoge con beneplácito|expresa|"
                        + "condena|reitera|recuerda|hace suyas?|aprueba|encomia|proclama|exige|apoya|deplora|"
                        + "considera|confirma|declara|lamenta|pone de relieve|celebra)\\b"),
                ci("(?:^|[,;:()]|\\b(?:y|también|además|asimismo|a este respecto|en este sentido|nuevamente|"
                        + "encarecidamente))\\s*"),
                ci("^\\s*(?:también\\s+|además\\s+|asimismo\\s+)?(?:a\\s+(?=los\\b|las\\b|la\\b|todos\\b|todas\\b)|que\\s+)?"),
                ci("\\s(?:que|a|para|de\\s+(?=[a-záéíóú]+r\\b))\\s|[;:]"),
                report, report,
                ci("\\bincluir\\b[^;]{0,160}\\bprograma provisional\\b"),
                ci("\\b(?:prorrogar|prorroga|renovar|prolongar|prolonga)\\b"),
                ci("\\b(?:convocar|celebrar|organizar)\\b[^;]{0,150}?\\b(?:conferencias?|reuni[oó]n(?:es)?|consultas|"
                        + "diálogos?|cumbres?|foros?)\\b"),
                ci("\\bproyecto de resolución\\b"),
                ci("\\baprobad[ao]\\b"),
                ci("^(?:anexo|apéndice)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"),
                deadlines);
    }
}
