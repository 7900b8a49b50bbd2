package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("يناير", "فبراير", "مارس", "أبريل|ابريل", "مايو", "يونيه|يونيو",
                "يوليه|يوليو", "أغسطس|اغسطس", "سبتمبر", "أكتوبر|اكتوبر", "نوفمبر", "ديسمبر");
        String m = Lexicons.alternation(months);
        String pair = "(?:[\\p{IsArabic}]+(?:\\s[\\p{IsArabic}]+)?/)?";
        String num = "\\d{1,4}|[\\p{IsArabic}]+";
        String unit = "يوما|يوماً|أيام|يوم|أسابيع|أسبوعا|أشهر|شهرا|شهور|سنوات|سنة|سنتين|عاما|أعوام";
        String ord = "[\\p{IsArabic}]++(?:\\s+[\\p{IsArabic}]++)?";
        DeadlineGrammar deadlines = new DeadlineGrammar(months, m,
                ci("(?=\\d|من\\s)(?:من\\s+(?<firstDay>\\d{1,2})\\s+(?:إلى|الى|حتى)\\s+)?(?<day>\\d{1,2})\\s+" + pair + "(?<month>" + m + ")\\s+(?<year>\\d{4})"),
                ci("(?:موعد لا يتجاوز|موعد أقصاه|بحلول|قبل|في موعد لا يتعدى|في)\\s*$"),
                ci("(?:حتى|لغاية)\\s*$"),
                null,
                ci("(?:في|بحلول|قبل|حتى)\\s+(?:شهر\\s+)?" + pair + "(?<month>" + m + ")\\s+(?<year>\\d{4})"),
                ci("(?:بحلول|قبل|في موعد لا يتجاوز)\\s+نهاية\\s+(?:الربع\\s+(?<num>الأول|الثاني|الثالث|الرابع)\\s+من\\s+)?"
                        + "(?:عام|سنة)\\s+(?<year>\\d{4})"),
                ci("(?:في|خلال)\\s+(?:عام|سنة)\\s+(?<year>(?:19|20)\\d{2})(?:\\s*(?:و|-)\\s*(?<year2>(?:19|20)\\d{2}))?"),
                ci("(?:دورتها|دورته|الدورة|دورة|دورتيها)\\s+(?<ord>" + ord + ")|(?:دورتها|دورته|دورة)\\s+(?:عام\\s+)?"
                        + "(?<ord2>\\d{4})"),
                ci("(?:نهاية|انتهاء|اختتام)\\s+(?:دورتها|دورته|الدورة)\\s+(?<ord>" + ord + ")"),
                ci("(?:في غضون|خلال|في موعد لا يتجاوز|بعد)\\s+(?<num>" + num + ")\\s+(?<unit>" + unit + ")"),
                ci("لفترة\\s+(?:إضافية\\s+)?(?:مدتها\\s+)?(?<num>" + num + ")\\s+(?<unit>" + unit + ")\\s+(?:اعتبارا\\s+)?من"),
                ci("كل\\s+(?:(?<num>" + num + ")\\s+)?(?<unit>" + unit + ")"),
                ci("(?:سنويا|سنوياً|كل سنة|كل عام|تقريرا سنويا|تقرير سنوي)"),
                ci("(?:كل سنتين|كل عامين|مرة كل سنتين)"),
                ci("(?:كل ثلاث سنوات|كل ثلاثة أعوام|مرة كل ثلاث سنوات)"),
                ci("(?:كل ثلاثة أشهر|فصلية|فصليا)"),
                ci("(?:كل ستة أشهر|مرتين في السنة)"),
                ci("(?:شهريا|كل شهر)"),
                ci("(?:في|عند|بحلول)\\s+نهاية\\s+(?:هذه|تلك)\\s+(?:الفترة|الولاية)"),
                ci("^(?:يوم|أيام|يوما)"), ci("^(?:أسبوع|أسابيع)"), ci("^(?:أشهر|شهر|شهور)"));
        // reports are asked in this language by the same words that name them
        Pattern report = ci("(?:تقرير|تقريرا|تقارير|إحاطة|[يت]بلغ|إبلاغ|[يت]طلع|إطلاع|معلومات مستكملة)");
        return new Lexicon("ar",
                Lexicons.openers("^(?:إن\\s+)?", "\\s*[،,]$", "GENERAL_ASSEMBLY", "الجمعية العامة", "SECURITY_COUNCIL",
                        "مجلس الأمن", "ECONOMIC_AND_SOCIAL_COUNCIL", "المجلس الاقتصادي والاجتماعي",
                        "HUMAN_RIGHTS_COUNCIL", "مجلس حقوق الإنسان"),
                List.of(new Verb("(?:و|ف)?[يت]طلب", "requests", "request"),
                        new Verb("(?:و|ف)?[يت]قرر", "decides", "request"),
                        new Verb("(?:و|ف)?[يت]أذن", "authorizes", "request"),
                        new Verb("(?:و|ف)?[يت]كلف|(?:و|ف)?[يت]وعز", "directs", "request"),
                        new Verb("(?:و|ف)?[يت]هيب|(?:و|ف)?[يت]ناشد", "calls upon", "encourage"),
                        new Verb("(?:و|ف)?[يت]حث", "urges", "encourage"),
                        new Verb("(?:و|ف)?[يت]شجع", "encourages", "encourage"),
                        new Verb("(?:و|ف)?[يت]دعو", "invites", "encourage"),
                        new Verb("(?:و|ف)?[يت]وصي", "recommends", "encourage")),
                ci("(?:[يت]عيد تأكيد|[يت]ؤكد|[يت]سلم|[يت]شدد|[يت]لاحظ|[يت]حيط علما|[يت]رحب|[يت]عرب|[يت]دين|[يت]شير|"
                        + "[يت]ؤيد|[يت]وافق|[يت]ثني|[يت]علن|[يت]طالب|[يت]دعم|[يت]أسف|[يت]عتبر)"),
                ci("(?:^|[,،;؛:()]|(?:^|\\s)(?:كما|أيضا|أيضاً))\\s*"),
                ci("^\\s*(?:أيضا\\s+|كذلك\\s+)?(?:إلى\\s+|الى\\s+)?"),
                ci("\\s(?:أن|على|إلى|بأن|من أجل|لكي)\\s|[;؛:]"),
                report, report,
                ci("(?:[يت]درج|إدراج)[^؛;]{0,160}جدول الأعمال المؤقت"),
                ci("(?:تمديد|[يت]مدد|تجديد|[يت]جدد)"),
                ci("(?:[يت]عقد|عقد|تنظيم|[يت]نظم|[يت]دعو إلى عقد)[^؛;]{0,150}?(?:مؤتمر|اجتماع|مشاورات|حوار|قمة|منتدى)"),
                ci("مشروع قرار"),
                ci("(?:اتخذ|اتخذته|اعتمد|اعتمدته)"),
                ci("^(?:المرفق|مرفق|الضميمة)(?:\\s+[\\p{IsArabic}A-Z0-9]{1,12})?\\s*(?::.*)?$"),
                deadlines);
    }
}
