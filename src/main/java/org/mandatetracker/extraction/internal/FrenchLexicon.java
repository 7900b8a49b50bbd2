package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
        DeadlineGrammar deadlines = new DeadlineGrammar(months, m,
                ci("(?=\\d|du\\s)(?:\\bdu\\s+(?<firstDay>\\d{1,2})(?:er)?\\s+au\\s+)?(?<day>\\d{1,2})(?:er)?\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})"),
                ci("(?:\\bd'ici (?:au|le)|au plus tard (?:le)?|\\bavant (?:le)?|\\ble|\\bpour le)\\s*$"),
                ci("(?:\\bjusqu'(?:au|à)|\\bjusqu’(?:au|à)|\\bau)\\s*$"),
                null,
                ci("\\b(?:en|d'ici à|d’ici à|avant|jusqu'en|pour)\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})"),
                ci("\\b(?:d'ici à|d’ici à|avant|au plus tard à|pour)\\s+la\\s+fin\\s+(?:du\\s+(?<num>premier|deuxième|"
                        + "troisième|quatrième)\\s+trimestre\\s+)?(?:de\\s+(?:l'année\\s+)?)?(?<year>\\d{4})"),
                ci("\\b(?:en|pendant|au cours de|courant)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:et|à|-)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\b(?!\\s*\\))"),
                ci("\\b(?<ord>\\d{1,3}e|[\\p{L}]++(?:-[\\p{L}]++)*)\\s+session\\b|\\bsession\\s+de\\s+(?<ord2>\\d{4})"),
                ci("\\bfin\\s+de\\s+(?:sa|la|leur)\\s+(?<ord>\\d{1,3}e|[\\p{L}]++(?:-[\\p{L}]++)*)\\s+session\\b"),
                ci("\\b(?:dans un délai de|dans les|sous|au plus tard|d'ici)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit
                        + ")\\b"),
                ci("\\bpour\\s+une\\s+(?:nouvelle\\s+)?période\\s+de\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+à\\s+compter\\s+d"),
                ci("\\b(?:tous|toutes)\\s+les\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")\\b"),
                ci("\\b(?:chaque année|tous les ans|annuellement|une fois par an|rapport annuel|rapports annuels)\\b"),
                ci("\\b(?:tous les deux ans|biennal(?:e|es|isation|iser)?|bisannuel(?:le)?)\\b"),
                ci("\\b(?:tous les trois ans|triennal(?:e|es|ement)?)\\b"),
                ci("\\b(?:trimestriel(?:le|s|les)?|tous les trimestres)\\b"),
                ci("\\b(?:semestriel(?:le|s|les)?|deux fois par an)\\b"),
                ci("\\b(?:mensuel(?:le|s|les)?|chaque mois)\\b"),
                ci("\\bà\\s+la\\s+fin\\s+de\\s+(?:cette|la|ladite)\\s+(?:période|mandat)\\b"),
                ci("^jours?$"), ci("^semaines?$"), ci("^mois$"));
        // reports are asked in this language by the same words that name them
        Pattern report = ci("\\b(?:rapports?|faire rapport|rendre compte|informer|informé|exposés?|mise à jour|point de la situation)\\b");
        return new Lexicon("fr",
                Lexicons.openers("^(?:l[ae]\\s+|l['’]\\s*)?", "\\s*,$", "GENERAL_ASSEMBLY", "assemblée générale",
                        "SECURITY_COUNCIL", "conseil de sécurité", "ECONOMIC_AND_SOCIAL_COUNCIL",
                        "conseil économique et social", "HUMAN_RIGHTS_COUNCIL", "conseil des droits de l['’]homme"),
                List.of(new Verb("prie instamment|demande instamment|exhorte", "urges", "encourage"),
                        new Verb("prie|demande", "requests", "request"),
                        new Verb("décide", "decides", "request"),
                        new Verb("charge|donne pour instruction|donne pour mandat", "directs", "request"),
                        new Verb("autorise", "authorizes", "request"),
                        new Verb("engage|lance un appel", "calls upon", "encourage"),
                        new Verb("encourage", "encourages", "encourage"),
                        new Verb("invite", "invites", "encourage"),
                        new Verb("recommande", "recommends", "encourage")),
                ci("\\b(?:réaffirme|affirme|reconnaît|souligne|note|prend note|se félicite|accueille avec satisfaction|"
                        + "exprime|insiste|condamne|rappelle|fait siennes|approuve|salue|proclame|exige|appuie|déplore|"
                        + "considère|estime|confirme|déclare|regrette|constate)\\b"),
                ci("(?:^|[,;:()]|\\b(?:et|aussi|également|en outre|de plus|à cet égard|par ailleurs|enfin|de nouveau)"
                        + ")\\s*"),
                ci("^\\s*(?:également\\s+|aussi\\s+|en outre\\s+)?(?:que\\s+|qu['’])?"),
                ci("\\s(?:de|d['’]|à|afin|pour|doit|devra|devrait)(?:\\s|(?<=['’]))|[;:]"),
                report, report,
                ci("\\binscrire\\b[^;]{0,160}\\bordre du jour provisoire\\b"),
                ci("\\b(?:proroger|prolonger|renouveler|proroge|prolonge|renouvelle)\\b"),
                ci("\\b(?:convoquer|tenir|organiser)\\b[^;]{0,150}?\\b(?:conférence|réunion|consultations|dialogue|"
                        + "sommet|forum)s?\\b"),
                ci("\\bprojet de résolution\\b"),
                ci("\\badoptée?\\b"),
                ci("^(?:annexe|appendice)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"),
                deadlines);
    }
}
