package org.mandatetracker.extraction.internal;

import static org.mandatetracker.extraction.internal.Lexicons.ci;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.internal.Lexicon.DeadlineGrammar;
import org.mandatetracker.extraction.internal.Lexicon.Verb;

/**
 * Chinese. There are no spaces, so a verb counts only at the start of a clause or after a connective
 * (并, 又, 还, 也), which keeps 请 apart from words that contain it (申请, 邀请 is its own verb).
 */
final class ChineseLexicon {

    private ChineseLexicon() {
    }

    static Lexicon create() {
        Map<String, Integer> months = Lexicons.months("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        String n = "[零一二两三四五六七八九十百\\d]+";
        DeadlineGrammar deadlines = DeadlineGrammar.builder()
                .months(months)
                .monthPattern("\\d{1,2}")
                .date(ci("(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?:(?<firstDay>\\d{1,2})\\s*日?\\s*(?:至|到|-|–)\\s*)?"
                        + "(?<day>\\d{1,2})\\s*日"))
                .dateBy(ci("(?:不迟于|至迟于|最迟于|在|于)\\s*$"))
                .dateUntil(ci("(?:延长至|延至|至|到)\\s*$"))
                .dateAfter(ci("^\\s*(?:之前|以前|前)"))
                .monthYear(ci("(?:不迟于|在|于|至迟于)?\\s*(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月(?!\\s*\\d)"))
                .yearEnd(ci("(?<year>\\d{4})\\s*年\\s*(?:第(?<num>一|二|三|四)季度)?(?:底|年底|年末|末)(?:之前|前)?"))
                .year(ci("(?:在|于)\\s*(?<year>(?:19|20)\\d{2})(?:\\s*(?:和|至|-)\\s*(?<year2>(?:19|20)\\d{2}))?\\s*年(?!\\s*\\d)"))
                .session(ci("第(?<ord>" + n + ")届(?:常会|会议)?|(?<ord2>\\d{4})年(?:届会|会议)"))
                .sessionEnd(ci("第(?<ord>" + n + ")届(?:常会|会议)?(?:结束|闭幕)(?:之前|前)"))
                .period(ci("(?<num>" + n + ")\\s*(?<unit>天|日|周|个月|年)(?:内|之内)"))
                .periodFrom(ci("自.{0,40}?起(?:延长)?(?<num>" + n + ")\\s*(?<unit>天|日|周|个月|年)"))
                .recurrence(ci("每(?<num>" + n + ")?\\s*(?<unit>天|日|周|个月|年)"))
                .yearly(ci("(?:每年|年度报告)"))
                .biennial(ci("(?:每两年|两年期)"))
                .triennial(ci("(?:每三年|三年期审查)"))
                .quarterly(ci("(?:每季度|每三个月)"))
                .halfYearly(ci("(?:每半年|每六个月)"))
                .monthly(ci("(?:每月)"))
                .periodEnd(ci("(?:在|于)(?:该|这一|此)(?:期间|任务期)(?:结束时|期满时)"))
                .unitDays(ci("^(?:天|日)$"))
                .unitWeeks(ci("^周$"))
                .unitMonths(ci("^个月$"))
                .build();
        // reports are asked in this language by the same words that name them
        Pattern report = ci("(?:报告|通报|介绍情况|简报|汇报)");
        return Lexicon.builder("zh")
                .script(Character.UnicodeScript.HAN)
                .openers(Lexicons.openers("^", "\\s*[，,]$", Map.of(
                        Body.GENERAL_ASSEMBLY, "大会",
                        Body.SECURITY_COUNCIL, "安全理事会",
                        Body.ECONOMIC_AND_SOCIAL_COUNCIL, "经济及社会理事会",
                        Body.HUMAN_RIGHTS_COUNCIL, "人权理事会")))
                .actionVerbs(List.of(new Verb(ContractVerb.REQUESTS, "请|要求"),
                        new Verb(ContractVerb.DECIDES, "决定"),
                        new Verb(ContractVerb.AUTHORIZES, "授权"),
                        new Verb(ContractVerb.DIRECTS, "责成"),
                        new Verb(ContractVerb.CALLS_UPON, "吁请"),
                        new Verb(ContractVerb.URGES, "促请|敦促"),
                        new Verb(ContractVerb.ENCOURAGES, "鼓励"),
                        new Verb(ContractVerb.INVITES, "邀请"),
                        new Verb(ContractVerb.RECOMMENDS, "建议")))
                .otherVerbs(ci("(?:重申|申明|确认|认识到|强调|注意到|表示注意到|欢迎|表示|谴责|回顾|赞同|核准|赞扬|宣布|支持|痛惜|认为)"))
                .verbLead(ci("(?:^|[，；：,;:（(]|并|又|还|也|再次|进一步)\\s*"))
                .addresseeSkip(ci("^"))
                .addresseeEnd(ci("[向在就与于，,；;：:]|继续|提交|确保|采取|加强|支持|协助|编写|进行|提供|开展|报告|通报"))
                .report(report)
                .reportAsked(report)
                .agenda(ci("列入[^；;]{0,160}临时议程"))
                .extension(ci("延长"))
                .convene(ci("(?:召开|举行|召集)[^；;]{0,60}?(?:会议|磋商|对话|峰会|论坛)"))
                .establish(ci("设立|成立"))
                .instrumentAfter(ci("宪章"))
                .phraseEnd(ci("[，；。：,;:]"))
                .deadlineLead(ci("(?:在|于|不迟于|至迟于|最迟于|向|到|至)\\s*$"))
                .taskStart(ci("提交|编写|编制|提供|通报|报告|汇报|介绍|继续|采取|加强|支持|协助|进行|开展|确保|召开|举行|召集|设立|成立|制定|审查|将|列入|延长"))
                .objectAfterDeadline(ci("(?:临时议程|议程|关于|有关)"))
                .numbers(NumberWords.positional("零一二三四五六七八九", Map.of('两', 2), '十', '百', "第届"))
                .draft(ci("决议草案"))
                .adoption(ci("通过"))
                .annex(ci("^(?:附件)(?:\\s*[一二三四五六七八九十A-Z0-9]{1,4})?\\s*(?::.*)?$"))
                .meetingLine(ci("^第\\s*\\d+\\s*次全体会议"))
                .councilResolution(ci("第\\s*(?<number>\\d{1,4})\\s*\\((?<year>\\d{4})\\)\\s*号决议"))
                .deadlines(deadlines)
                .build();
    }
}
