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

final class FrenchLexicon {

    private FrenchLexicon() {
    }

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("janvier", "février|fevrier", "mars", "avril", "mai", "juin",
                "juillet", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre");
        String m = Lexicons.alternation(months);
        String num = "\\d{1,4}|[\\p{L}]+(?:-[\\p{L}]+)*";
        String unit = "jours?|semaines?|mois|ans|années?";
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern(m)
                .date(ci("(?=\\d|du\\s)(?:\\bdu\\s+(?<firstDay>\\d{1,2})(?:er)?\\s+au\\s+)?(?<day>\\d{1,2})(?:er)?\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})"))
                .dateBy(ci("(?:\\bd'ici (?:au|le)|au plus tard (?:le)?|\\bavant (?:le)?|\\ble|\\bpour le)\\s*$"))
                .dateUntil(ci("(?:\\bjusqu'(?:au|à)|\\bjusqu’(?:au|à)|\\bau)\\s*$"))
                .monthYear(ci("\\b(?:en|d'ici à|d’ici à|avant|jusqu'en|pour)\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})"))
                .yearEnd(ci("\\b(?:d'ici à|d’ici à|avant|au plus tard à|pour)\\s+la\\s+fin\\s+(?:du\\s+(?<num>premier|deuxième|"
                        + "troisième|quatrième)\\s+trimestre\\s+)?(?:de\\s+(?:l'année\\s+)?)?(?<year>\\d{4})"))
                .year(ci("\\b(?:en|pendant|au cours de|courant)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:et|à|-)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"))
                .session(ci("\\b(?<ord>\\d{1,3}e|[\\p{L}]++(?:-[\\p{L}]++)*)\\s+session\\b|\\bsession\\s+de\\s+(?<ord2>\\d{4})"))
                .sessionEnd(ci("\\bfin\\s+de\\s+(?:sa|la|leur)\\s+(?<ord>\\d{1,3}e|[\\p{L}]++(?:-[\\p{L}]++)*)\\s+session\\b"))
                .period(ci("\\b(?:dans un délai de|dans les|sous|au plus tard|d'ici)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit
                        + ")\\b"))
                .periodFrom(ci("\\bpour\\s+une\\s+(?:nouvelle\\s+)?période\\s+de\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+à\\s+compter\\s+d"))
                .recurrence(ci("\\b(?:tous|toutes)\\s+les\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")\\b"))
                .yearly(ci("\\b(?:chaque année|tous les ans|annuellement|une fois par an|rapport annuel|rapports annuels)\\b"))
                .biennial(ci("\\b(?:tous les deux ans|biennal(?:e|es|isation|iser)?|bisannuel(?:le)?)\\b"))
                .triennial(ci("\\b(?:tous les trois ans|triennal(?:e|es|ement)?)\\b"))
                .quarterly(ci("\\b(?:trimestriel(?:le|s|les)?|tous les trimestres)\\b"))
                .halfYearly(ci("\\b(?:semestriel(?:le|s|les)?|deux fois par an)\\b"))
                .monthly(ci("\\b(?:mensuel(?:le|s|les)?|chaque mois)\\b"))
                .periodEnd(ci("\\bà\\s+la\\s+fin\\s+de\\s+(?:cette|la|ladite)\\s+(?:période|mandat)\\b"))
                .unitDays(ci("^jours?$"))
                .unitWeeks(ci("^semaines?$"))
                .unitMonths(ci("^mois$"))
                .build();
        // reports are asked in this language by the same words that name them
        Pattern report = ci("\\b(?:rapports?|faire rapport|rendre compte|informer|informé|exposés?|mise à jour|point de la situation)\\b");
        return Lexicon.builder("fr")
                .script(Character.UnicodeScript.LATIN)
                .commonWords(Set.of("le", "les", "des", "et", "du", "aux", "sa", "ses"))
                .capitalisedParagraphs()
                .openers(Lexicons.openers("^(?:l[ae]\\s+|l['’]\\s*)?", "\\s*,$", Map.of(
                        Body.GENERAL_ASSEMBLY, "assemblée générale",
                        Body.SECURITY_COUNCIL, "conseil de sécurité",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "conseil économique et social",
                        Body.HUMAN_RIGHTS_COUNCIL, "conseil des droits de l['’]homme")))
                .actionVerbs(List.of(new Verb(ContractVerb.URGES, "prie instamment|demande instamment|exhorte"),
                        new Verb(ContractVerb.REQUESTS, "prie|demande"),
                        new Verb(ContractVerb.DECIDES, "décide"),
                        new Verb(ContractVerb.DIRECTS, "charge|donne pour instruction|donne pour mandat"),
                        new Verb(ContractVerb.AUTHORIZES, "autorise"),
                        new Verb(ContractVerb.CALLS_UPON, "engage|lance un appel"),
                        new Verb(ContractVerb.ENCOURAGES, "encourage"),
                        new Verb(ContractVerb.INVITES, "invite"),
                        new Verb(ContractVerb.RECOMMENDS, "recommande")))
                .otherVerbs(ci("\\b(?:réaffirme|affirme|reconnaît|souligne|note|prend note|se félicite|accueille avec satisfaction|"
                        + "exprime|insiste|condamne|rappelle|fait siennes|approuve|salue|proclame|exige|appuie|déplore|"
                        + "considère|estime|confirme|déclare|regrette|constate)\\b"))
                .verbLead(ci("(?:^|[,;:()]|\\b(?:et|aussi|également|en outre|de plus|à cet égard|par ailleurs|enfin|de nouveau)"
                        + ")\\s*"))
                .addresseeSkip(ci("^\\s*(?:également\\s+|aussi\\s+|en outre\\s+)?(?:que\\s+|qu['’])?"))
                .addresseeEnd(ci("\\s(?:de|d['’]|à|afin|pour|doit|devra|devrait)(?:\\s|(?<=['’]))|[;:]"))
                .report(report)
                .reportAsked(report)
                .agenda(ci("\\binscrire\\b[^;]{0,160}\\bordre du jour provisoire\\b"))
                .extension(ci("\\b(?:proroger|prolonger|renouveler|proroge|prolonge|renouvelle)\\b"))
                .convene(ci("\\b(?:convoquer|tenir|organiser)\\b[^;]{0,150}?\\b(?:conférence|réunion|consultations|dialogue|"
                        + "sommet|forum)s?\\b"))
                .establish(ci("créer|établir"))
                .instrumentBefore(ci("(?:Charte|Convention|Article\\s+\\d+)\\s+(?:des)?\\s*$"))
                .articleBefore(Lexicons.articleBefore("un|une|le|la"))
                .phraseEnd(ci("[;:]"))
                .deadlineLead(ci("(?:\\b(?:à|au|aux|lors de|pendant|avant|en|de|du|pour|dès)(?:\\s+(?:sa|son|ses|leur|la|le|les))?|\\bd[\'’]|\\bl[\'’])\\s*$"))
                .objectAfterDeadline(ci("(?:(?:sur|un|une|le|la|les|des|du|concernant)\\b|l[\'’])"))
                .numbers(numbers())
                .draft(ci("\\bprojet de résolution\\b"))
                .adoption(ci("\\badoptée?\\b"))
                .annex(ci("^(?:annexe|appendice)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"))
                .meetingLine(ci("^\\d+e\\s+séance"))
                .councilResolution(ci("Résolution\\s+(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)"))
                .deadlines(deadlines)
                .build();
    }

    /** Cardinals summed, "quatre-vingts" multiplying; ordinals in "-ième" read as their cardinal. */
    private static NumberWords.Reader numbers() {
        Map<String, Integer> words = new HashMap<>();
        String[] units = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < units.length; i++) {
            words.put(units[i], i);
        }
        words.putAll(Map.of("une", 1, "premier", 1, "première", 1, "second", 2, "seconde", 2, "vingt", 20,
                "vingts", 20, "trente", 30, "quarante", 40, "cinquante", 50));
        words.putAll(Map.of("soixante", 60, "cent", 100, "cents", 100));
        return NumberWords.summing(words, Pattern.compile("[\\s-]+"), Set.of("et"), FrenchLexicon::cardinal, true);
    }

    /** "septième" → "sept", "neuvième" → "neuf", "cinquième" → "cinq", "trentième" → "trente". */
    private static String cardinal(String word) {
        if (!word.endsWith("ième")) {
            return word;
        }
        String stem = word.substring(0, word.length() - 4);
        return switch (stem) {
            case "neuv" -> "neuf";
            case "cinqu" -> "cinq";
            case "quatr", "trent", "quarant", "cinquant", "soixant", "onz", "douz", "treiz", "quatorz", "quinz",
                 "seiz" -> stem + "e";
            default -> stem;
        };
    }
}
