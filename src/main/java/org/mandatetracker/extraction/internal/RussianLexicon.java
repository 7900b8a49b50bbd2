package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.internal.Lexicon.DeadlineGrammar;
import org.mandatetracker.extraction.internal.Lexicon.Verb;

final class RussianLexicon {

    private RussianLexicon() {
    }

    static Lexicon create() {
        // stems: the month is declined ("30 июня", "в сентябре")
        Map<String, Integer> months = Lexicons.months("январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл",
                "август", "сентябр", "октябр", "ноябр", "декабр");
        String m = "(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*";
        String num = "\\d{1,4}|[а-яё]+";
        String unit = "дн(?:ей|я)|день|недел[а-я]*|месяц[а-я]*|лет|год[а-я]*";
        String ord = "(?:[а-яё]++\\s+)?[а-яё]++";
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern(m)
                .date(ci("(?=\\d|с\\s)(?:(?<![\\p{L}\\d])с\\s+(?<firstDay>\\d{1,2})\\s+по\\s+)?(?<day>\\d{1,2})\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})(?:\\s+года)?"))
                .dateBy(ci("(?:\\bне позднее|\\bне позже|\\bк|\\bдо|\\bпрежде)\\s*$"))
                .dateUntil(ci("(?:\\bпо|\\bвплоть до|\\bпродлить[^;]{0,120}до)\\s*$"))
                .monthYear(ci("(?:\\bв|\\bк|\\bдо|\\bне позднее)\\s+(?<month>" + m + ")\\s+(?<year>\\d{4})"))
                .yearEnd(ci("(?:\\bдо|\\bк|\\bне позднее)\\s+конц[ау]\\s+(?:(?<num>перв|втор|трет|четверт)[а-я]*\\s+квартала\\s+)?"
                        + "(?<year>\\d{4})"))
                .year(ci("(?:\\bв|\\bв течение|\\bна протяжении)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:и|-|–)\\s*"
                        + "(?<year2>(?:19|20)\\d{2}))?\\s+год"))
                .session(ci("(?<ord>" + ord + ")\\s+(?:очередной\\s+|специальной\\s+)?сесси[а-я]*|сесси[а-я]*\\s+(?<ord2>\\d{4})"))
                .sessionEnd(ci("(?:конца|окончания|завершения)\\s+(?:своей|ее|её|его)?\\s*(?<ord>" + ord + ")\\s+сесси"))
                .period(ci("(?:\\bв течение|\\bне позднее чем через|\\bчерез|\\bв\\s+(?=\\S+\\s+(?:дн|месяч)))\\s+(?<num>" + num
                        + ")\\s+(?<unit>" + unit + ")"))
                .periodFrom(ci("\\bна\\s+(?:дополнительный\\s+)?период\\s+(?:в\\s+)?(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+(?:начиная\\s+)?с"))
                .recurrence(ci("\\bкажды[йеох]\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")"))
                .yearly(ci("\\b(?:ежегодн[а-я]*|каждый год)"))
                .biennial(ci("\\b(?:раз в два года|каждые два года|двухгодичн[а-я]*)"))
                .triennial(ci("(?:раз в три года|каждые три года|трехгодичн[а-я]*|трёхгодичн[а-я]*)"))
                .quarterly(ci("\\b(?:ежеквартальн[а-я]*)"))
                .halfYearly(ci("\\b(?:раз в полгода|каждые полгода|два раза в год)"))
                .monthly(ci("\\b(?:ежемесячн[а-я]*)"))
                .periodEnd(ci("\\b(?:в конце|по истечении)\\s+(?:этого|данного|указанного)\\s+(?:периода|срока|мандата)"))
                .unitDays(ci("^(?:дн|день)"))
                .unitWeeks(ci("^недел"))
                .unitMonths(ci("^месяц"))
                .build();
        // reports are asked in this language by the same words that name them
        Pattern report = ci("(?:доклад|докладыва|информир|брифинг|представ[а-я]* информаци|сообщ)");
        return Lexicon.builder("ru")
                .script(Character.UnicodeScript.CYRILLIC)
                .openers(Lexicons.openers("^", "\\s*,$", Map.of(
                        Body.GENERAL_ASSEMBLY, "генеральная ассамблея",
                        Body.SECURITY_COUNCIL, "совет безопасности",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "экономический и социальный совет",
                        Body.HUMAN_RIGHTS_COUNCIL, "совет по правам человека")))
                .actionVerbs(List.of(new Verb(ContractVerb.URGES, "настоятельно призывает"),
                        new Verb(ContractVerb.REQUESTS, "просит|обращается с просьбой"),
                        new Verb(ContractVerb.DECIDES, "постановляет"),
                        new Verb(ContractVerb.DIRECTS, "поручает"),
                        new Verb(ContractVerb.AUTHORIZES, "уполномочивает|санкционирует"),
                        new Verb(ContractVerb.CALLS_UPON, "призывает|обращается с призывом"),
                        new Verb(ContractVerb.ENCOURAGES, "побуждает|поощряет|рекомендует продолжать"),
                        new Verb(ContractVerb.INVITES, "предлагает"),
                        new Verb(ContractVerb.RECOMMENDS, "рекомендует")))
                .otherVerbs(ci("(?:вновь подтверждает|подтверждает|признает|подчеркивает|особо отмечает|с удовлетворением отмечает|"
                        + "отмечает|приветствует|выражает|осуждает|напоминает|одобряет|утверждает|высоко оценивает|"
                        + "провозглашает|требует|поддерживает|сожалеет|считает|заявляет|обращает особое внимание|"
                        + "принимает к сведению)"))
                .verbLead(ci("(?:^|[,;:()]|(?:^|\\s)(?:и|также|далее|вновь|еще раз|в этой связи|в этой связи также))\\s*"))
                .addresseeSkip(ci("^\\s*(?:также\\s+|далее\\s+)?(?:,?\\s*чтобы\\s+)?"))
                .addresseeEnd(ci("\\s(?=[а-яё]+(?:ть|ться|чь|(?<![оа]с)ти)[\\s,;.])|[;:]|\\sв целях\\s|\\sдля\\s"))
                .report(report)
                .reportAsked(report)
                .agenda(ci("включить[^;]{0,160}предварительную повестку дня"))
                .extension(ci("(?:продлить|продлевает|возобновить)"))
                .convene(ci("(?:созвать|провести|организовать)[^;]{0,150}?(?:конференци|совещани|консультаци|диалог|встреч|"
                        + "заседани|саммит|форум)"))
                .establish(ci("учредить|создать"))
                .instrumentBefore(ci("Устав[а-я]*\\s*$"))
                .phraseEnd(ci("[;:]"))
                .deadlineLead(ci("(?:^|\\s)(?:на|в|во|к|до|не позднее|в течение|в ходе|по)(?:\\s+(?:своей|своего|своих|ее|её|его|их))?\\s*$"))
                .objectAfterDeadline(ci("(?:года\\s+)?(?:(?:о|об|обо|по|относительно)\\s|доклад|информаци|пункт)"))
                .numbers(numbers())
                .draft(ci("проект резолюции"))
                .adoption(ci("принят[а-я]*"))
                .annex(ci("^(?:приложение|добавление)(?:\\s+[A-Z0-9IVX]{1,4})?\\s*(?::.*)?$"))
                .meetingLine(ci("^\\d+-[а-я]+\\s+пленарное\\s+заседание"))
                .councilResolution(ci("Резолюция\\s+(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)"))
                .deadlines(deadlines)
                .build();
    }

    /** Stems of cardinals and ordinals in all their cases, longest first ("семнадцат" before "сем"). */
    private static NumberWords.Reader numbers() {
        String[][] pairs = {{"одиннадцат", "11"}, {"двенадцат", "12"}, {"тринадцат", "13"}, {"четырнадцат", "14"},
                {"пятнадцат", "15"}, {"шестнадцат", "16"}, {"семнадцат", "17"}, {"восемнадцат", "18"},
                {"девятнадцат", "19"}, {"пятидесят", "50"}, {"пятьдесят", "50"}, {"шестидесят", "60"},
                {"шестьдесят", "60"}, {"семидесят", "70"}, {"семьдесят", "70"}, {"восьмидесят", "80"},
                {"восемьдесят", "80"}, {"девяност", "90"}, {"двадцат", "20"}, {"двадцать", "20"}, {"тридцат", "30"},
                {"тридцать", "30"}, {"сороков", "40"}, {"сорок", "40"}, {"перв", "1"}, {"одн", "1"}, {"один", "1"},
                {"втор", "2"}, {"два", "2"}, {"две", "2"}, {"двух", "2"}, {"трет", "3"}, {"три", "3"}, {"трех", "3"},
                {"трёх", "3"}, {"четверт", "4"}, {"четыр", "4"}, {"пят", "5"}, {"шест", "6"}, {"седьм", "7"},
                {"сем", "7"}, {"восьм", "8"}, {"восем", "8"}, {"девят", "9"}, {"девя", "9"}, {"десят", "10"},
                {"сто", "100"}, {"ста", "100"}, {"сот", "100"}};
        Map<String, Integer> stems = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            stems.put(pair[0], Integer.parseInt(pair[1]));
        }
        return NumberWords.byStems(stems, Pattern.compile("[\\s-]+"), Set.of(), text -> text.replace('ё', 'е'));
    }
}
