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

/**
 * Arabic. Verbs take the feminine prefix for the Assembly and Councils named in the feminine
 * (تطلب) and the masculine for the Security Council (يطلب), and may carry the conjunction و.
 * UN Arabic writes months as "Levantine/Western" pairs (حزيران/يونيه); the Western name decides.
 */
final class ArabicLexicon {

    private ArabicLexicon() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0670\\u0640]");
    private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("يناير", "فبراير", "مارس", "أبريل|ابريل", "مايو", "يونيه|يونيو",
                "يوليه|يوليو", "أغسطس|اغسطس", "سبتمبر", "أكتوبر|اكتوبر", "نوفمبر", "ديسمبر");
        String m = Lexicons.alternation(months);
        String pair = "(?:[\\p{IsArabic}]+(?:\\s[\\p{IsArabic}]+)?/)?";
        String num = "\\d{1,4}|[\\p{IsArabic}]+";
        String unit = "يوما|يوماً|أيام|يوم|أسابيع|أسبوعا|أشهر|شهرا|شهور|سنوات|سنة|سنتين|عاما|أعوام";
        String ord = "[\\p{IsArabic}]++(?:\\s+[\\p{IsArabic}]++)?";
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern(m)
                .date(ci("(?=\\d|من\\s)(?:من\\s+(?<firstDay>\\d{1,2})\\s+(?:إلى|الى|حتى)\\s+)?(?<day>\\d{1,2})\\s+" + pair + "(?<month>" + m + ")\\s+(?<year>\\d{4})"))
                .dateBy(ci("(?:موعد لا يتجاوز|موعد أقصاه|بحلول|قبل|في موعد لا يتعدى|في)\\s*$"))
                .dateUntil(ci("(?:حتى|لغاية)\\s*$"))
                .monthYear(ci("(?:في|بحلول|قبل|حتى)\\s+(?:شهر\\s+)?" + pair + "(?<month>" + m + ")\\s+(?<year>\\d{4})"))
                .yearEnd(ci("(?:بحلول|قبل|في موعد لا يتجاوز)\\s+نهاية\\s+(?:الربع\\s+(?<num>الأول|الثاني|الثالث|الرابع)\\s+من\\s+)?"
                        + "(?:عام|سنة)\\s+(?<year>\\d{4})"))
                .year(ci("(?:في|خلال)\\s+(?:عام|سنة)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:و|-)\\s*(?<year2>(?:19|20)\\d{2}))?"))
                .session(ci("(?:دورتها|دورته|الدورة|دورة|دورتيها)\\s+(?<ord>" + ord + ")|(?:دورتها|دورته|دورة)\\s+(?:عام\\s+)?"
                        + "(?<ord2>\\d{4})"))
                .sessionEnd(ci("(?:نهاية|انتهاء|اختتام)\\s+(?:دورتها|دورته|الدورة)\\s+(?<ord>" + ord + ")"))
                .period(ci("(?:في غضون|خلال|في موعد لا يتجاوز|بعد)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")"))
                .periodFrom(ci("لفترة\\s+(?:إضافية\\s+)?(?:مدتها\\s+)?(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+(?:اعتبارا\\s+)?من"))
                .recurrence(ci("كل\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")"))
                .yearly(ci("(?:سنويا|سنوياً|كل سنة|كل عام|تقريرا سنويا|تقرير سنوي)"))
                .biennial(ci("(?:كل سنتين|كل عامين|مرة كل سنتين)"))
                .triennial(ci("(?:كل ثلاث سنوات|كل ثلاثة أعوام|مرة كل ثلاث سنوات)"))
                .quarterly(ci("(?:كل ثلاثة أشهر|فصلية|فصليا)"))
                .halfYearly(ci("(?:كل ستة أشهر|مرتين في السنة)"))
                .monthly(ci("(?:شهريا|كل شهر)"))
                .periodEnd(ci("(?:في|عند|بحلول)\\s+نهاية\\s+(?:هذه|تلك)\\s+(?:الفترة|الولاية)"))
                .unitDays(ci("^(?:يوم|أيام|يوما)"))
                .unitWeeks(ci("^(?:أسبوع|أسابيع)"))
                .unitMonths(ci("^(?:أشهر|شهر|شهور)"))
                .build();
        // reports are asked in this language by the same words that name them
        Pattern report = ci("(?:تقرير|تقريرا|تقارير|إحاطة|[يت]بلغ|إبلاغ|[يت]طلع|إطلاع|معلومات مستكملة)");
        return Lexicon.builder("ar")
                .script(Character.UnicodeScript.ARABIC)
                .openers(Lexicons.openers("^(?:إن\\s+)?", "\\s*[،,]$", Map.of(
                        Body.GENERAL_ASSEMBLY, "الجمعية العامة",
                        Body.SECURITY_COUNCIL, "مجلس الأمن",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "المجلس الاقتصادي والاجتماعي",
                        Body.HUMAN_RIGHTS_COUNCIL, "مجلس حقوق الإنسان")))
                .actionVerbs(List.of(new Verb(ContractVerb.REQUESTS, "(?:و|ف)?[يت]طلب"),
                        new Verb(ContractVerb.DECIDES, "(?:و|ف)?[يت]قرر"),
                        new Verb(ContractVerb.AUTHORIZES, "(?:و|ف)?[يت]أذن"),
                        new Verb(ContractVerb.DIRECTS, "(?:و|ف)?[يت]كلف|(?:و|ف)?[يت]وعز"),
                        new Verb(ContractVerb.CALLS_UPON, "(?:و|ف)?[يت]هيب|(?:و|ف)?[يت]ناشد"),
                        new Verb(ContractVerb.URGES, "(?:و|ف)?[يت]حث"),
                        new Verb(ContractVerb.ENCOURAGES, "(?:و|ف)?[يت]شجع"),
                        new Verb(ContractVerb.INVITES, "(?:و|ف)?[يت]دعو"),
                        new Verb(ContractVerb.RECOMMENDS, "(?:و|ف)?[يت]وصي")))
                .otherVerbs(ci("(?:[يت]عيد تأكيد|[يت]ؤكد|[يت]سلم|[يت]شدد|[يت]لاحظ|[يت]حيط علما|[يت]رحب|[يت]عرب|[يت]دين|[يت]شير|"
                        + "[يت]ؤيد|[يت]وافق|[يت]ثني|[يت]علن|[يت]طالب|[يت]دعم|[يت]أسف|[يت]عتبر)"))
                .verbLead(ci("(?:^|[,،;؛:()]|(?:^|\\s)(?:كما|أيضا|أيضاً))\\s*"))
                .addresseeSkip(ci("^\\s*(?:أيضا\\s+|كذلك\\s+)?(?:إلى\\s+|الى\\s+)?"))
                .addresseeEnd(ci("\\s(?:أن|على|إلى|بأن|من أجل|لكي)\\s|[;؛:]"))
                .report(report)
                .reportAsked(report)
                .agenda(ci("(?:[يت]درج|إدراج)[^؛;]{0,160}جدول الأعمال المؤقت"))
                .extension(ci("(?:تمديد|[يت]مدد|تجديد|[يت]جدد)"))
                .convene(ci("(?:[يت]عقد|عقد|تنظيم|[يت]نظم|[يت]دعو إلى عقد)[^؛;]{0,150}?(?:مؤتمر|اجتماع|مشاورات|حوار|قمة|منتدى)"))
                .establish(ci("إنشاء|تنشئ"))
                .instrumentBefore(ci("ميثاق\\s*$"))
                .phraseEnd(ci("[،؛;:]"))
                .deadlineLead(ci("(?:^|\\s)(?:في|خلال|بحلول|قبل|حتى|إلى|الى|من)\\s*$"))
                .objectAfterDeadline(ci("(?:عن|بشأن|حول|البند|بندا|تقرير|معلومات)"))
                .numbers(numbers())
                .draft(ci("مشروع قرار"))
                .adoption(ci("(?:اتخذ|اتخذته|اعتمد|اعتمدته)"))
                .annex(ci("^(?:المرفق|مرفق|الضميمة)(?:\\s+[\\p{IsArabic}A-Z0-9]{1,12})?\\s*(?::.*)?$"))
                .meetingLine(ci("^الجلسة العامة"))
                .councilResolution(ci("القرار\\s+(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)"))
                .deadlines(deadlines)
                .build();
    }

    /** Stems of cardinals and ordinals, longest first, read without vowel marks, article or "و". */
    private static NumberWords.Reader numbers() {
        String[][] pairs = {{"حادي", "1"}, {"اول", "1"}, {"واحد", "1"}, {"ثاني", "2"}, {"اثن", "2"}, {"ثالث", "3"},
                {"ثلاثين", "30"}, {"ثلاث", "3"}, {"رابع", "4"}, {"اربعين", "40"}, {"اربع", "4"}, {"خامس", "5"},
                {"خمسين", "50"}, {"خمس", "5"}, {"سادس", "6"}, {"ستين", "60"}, {"ست", "6"}, {"سابع", "7"},
                {"سبعين", "70"}, {"سبع", "7"}, {"ثامن", "8"}, {"ثمانين", "80"}, {"ثماني", "8"}, {"تاسع", "9"},
                {"تسعين", "90"}, {"تسع", "9"}, {"عاشر", "10"}, {"عشرين", "20"}, {"عشر", "10"}, {"مائه", "100"},
                {"مئه", "100"}};
        Map<String, Integer> stems = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            stems.put(pair[0], Integer.parseInt(pair[1]));
        }
        return NumberWords.byStems(stems, SPACES, Set.of("و"), ArabicLexicon::plainWords);
    }

    /** Arabic without vowel marks, with one alef, ta marbuta as ha, and each word without the article. */
    static String plainWords(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : SPACES.split(text)) {
            String w = ALEFS.matcher(MARKS.matcher(word).replaceAll("")).replaceAll("ا")
                    .replace('ى', 'ي').replace('ة', 'ه');
            if (w.startsWith("وال")) {
                w = w.substring(3);
            } else if (w.startsWith("ال")) {
                w = w.substring(2);
            } else if (w.startsWith("و") && w.length() > 3) {
                w = w.substring(1);
            }
            out.append(w).append(' ');
        }
        return out.toString().strip();
    }
}
