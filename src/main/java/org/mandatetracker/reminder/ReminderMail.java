package org.mandatetracker.reminder;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.mandatetracker.mandate.MandatePage;
import org.mandatetracker.base.MandateTrackerProperties;
import org.mandatetracker.mandate.Mandate;
import org.mandatetracker.security.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes reminder and escalation e-mails, in plain text and HTML, in the recipient's language, from
 * the {@code ReminderMail} message bundles beside this class. A person whose pages follow their browser's
 * language gets them in English: an e-mail is written with no browser asking ({@link UserAccount#languageOfEmails()}).
 */
@Component
public class ReminderMail {

    /** Why a person receives a message; the footer says so. */
    public enum Reason { ASSIGNEE, CANDIDATE_GROUP, MANAGER, DIGEST }

    /**
     * What a message is about: the task (its model's name and key, e.g. {@code UserTask_PrepareReport}),
     * its mandate, and why it goes to this person.
     *
     * @param group the candidate groups the task is offered to; for {@link Reason#MANAGER} the codes of the
     *              entities whose managers are told, empty when every manager is
     */
    public record Subject(ReminderKind kind, String taskName, String taskKey, LocalDate due, boolean overdue,
                          String assignee, Mandate mandate, Reason reason, String group) {
    }

    /** A task a daily digest lists: the person's, or their group's while nobody has taken it. */
    public record DigestTask(String taskName, String taskKey, LocalDate due, boolean overdue, Mandate mandate) {
    }

    /** Only the bundles of the language asked for, then the English base: never the server's own language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A composed message. */
    public record Message(String subject, String plainText, String html) {
    }

    private final MandateTrackerProperties product;
    private final ReminderProperties reminders;

    ReminderMail(MandateTrackerProperties product, ReminderProperties reminders) {
        this.product = product;
        this.reminders = reminders;
    }

    public Message compose(Subject about, UserAccount recipient) {
        Locale locale = recipient.languageOfEmails().locale();
        ResourceBundle text = bundle(locale);
        Mandate mandate = about.mandate();
        String taskName = taskName(text, about.taskKey(), about.taskName());
        String due = longDate(locale, about.due());
        String subject = format(text, "subject." + about.kind(), locale, taskName, mandate.symbol(),
                mandate.paragraph(), due);
        String assignee = about.assignee() == null ? text.getString("nobody") : about.assignee();
        // a reminder of a task that started overdue says so; an escalation always does
        String introKey = about.kind() == ReminderKind.REMINDER && about.overdue() ? "intro.LATE" : "intro." + about.kind();
        String intro = format(text, introKey, locale, taskName, due, assignee);
        String greeting = format(text, "greeting", locale, recipient.fullName());
        String deliverable = mandate.deliverable() == null ? mandate.text() : mandate.deliverable();
        List<String[]> facts = List.of(
                new String[] {text.getString("label.resolution"), mandate.symbol()},
                new String[] {text.getString("label.paragraph"), mandate.paragraph()},
                new String[] {text.getString("label.deliverable"), deliverable},
                new String[] {text.getString("label.due"), due});
        String taskLink = product.link("tasks");
        String mandateLink = mandateLink(mandate);
        String why = about.reason() == Reason.MANAGER && about.group().isEmpty() ? format(text, "why.MANAGER.ANY", locale)
                : format(text, "why." + about.reason(), locale, about.group());
        String where = where(text, locale);

        StringBuilder plain = new StringBuilder(greeting).append("\n\n").append(capitalised(intro)).append("\n\n");
        facts.forEach(fact -> plain.append(fact[0]).append(": ").append(fact[1]).append('\n'));
        plain.append('\n').append(text.getString("link.task")).append(": ").append(taskLink).append('\n')
                .append(text.getString("link.mandate")).append(": ").append(mandateLink).append("\n\n-- \n")
                .append(why).append('\n').append(where).append('\n');

        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body><p>").append(escape(greeting)).append("</p><p>").append(escape(capitalised(intro)))
                .append("</p><table>");
        facts.forEach(fact -> html.append("<tr><th align=\"left\">").append(escape(fact[0])).append("</th><td>")
                .append(escape(fact[1])).append("</td></tr>"));
        html.append("</table><p><a href=\"").append(escape(taskLink)).append("\">").append(escape(text.getString("link.task")))
                .append("</a> · <a href=\"").append(escape(mandateLink)).append("\">")
                .append(escape(text.getString("link.mandate"))).append("</a></p><hr><p style=\"color:#666;font-size:small\">")
                .append(escape(why)).append("<br>").append(escape(where)).append("</p></body></html>");
        return new Message(subject, plain.toString(), html.toString());
    }

    /**
     * The question to a manager about a mandate that a renewal of its resolution left out: close it or keep
     * it, on its page.
     *
     * @param entities the entities whose managers are asked; none when every manager is
     */
    public Message composeLeftOut(Mandate mandate, UserAccount recipient, List<String> entities) {
        Locale locale = recipient.languageOfEmails().locale();
        ResourceBundle text = bundle(locale);
        String subject = format(text, "leftOut.subject", locale, mandate.symbol(), mandate.paragraph(), mandate.leftOutBy());
        String greeting = format(text, "greeting", locale, recipient.fullName());
        String intro = format(text, "leftOut.intro", locale, mandate.leftOutBy(), mandate.symbol(), mandate.paragraph());
        String deliverable = mandate.deliverable() == null ? mandate.text() : mandate.deliverable();
        String mandateLink = mandateLink(mandate);
        // through MessageFormat, as every text (the French ones write their apostrophes ’, which it leaves alone)
        String why = entities.isEmpty() ? format(text, "why.LEFT_OUT.ANY", locale)
                : format(text, "why.LEFT_OUT", locale, String.join(", ", entities));
        String plain = greeting + "\n\n" + intro + "\n\n" + text.getString("label.deliverable") + ": " + deliverable
                + "\n\n" + text.getString("leftOut.link") + ": " + mandateLink + "\n\n-- \n" + why + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body><p>" + escape(greeting)
                + "</p><p>" + escape(intro) + "</p><table><tr><th align=\"left\">" + escape(text.getString("label.deliverable"))
                + "</th><td>" + escape(deliverable) + "</td></tr></table><p><a href=\"" + escape(mandateLink) + "\">"
                + escape(text.getString("leftOut.link")) + "</a></p><hr><p style=\"color:#666;font-size:small\">"
                + escape(why) + "</p></body></html>";
        return new Message(subject, plain, html);
    }

    /**
     * The daily digest: the person's tasks due within the coming days and overdue, and for a manager
     * the overdue mandates their entity leads, each with a link to its mandate.
     */
    public Message composeDigest(UserAccount recipient, LocalDate today, List<DigestTask> tasks,
                                 List<Mandate> overdueMandates) {
        Locale locale = recipient.languageOfEmails().locale();
        ResourceBundle text = bundle(locale);
        String subject = format(text, "digest.subject", locale, longDate(locale, today), tasks.size(),
                overdueMandates.size());
        String greeting = format(text, "greeting", locale, recipient.fullName());
        String why = text.getString("why." + Reason.DIGEST);
        String where = where(text, locale);

        StringBuilder plain = new StringBuilder(greeting).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\"><body><p>").append(escape(greeting)).append("</p>");
        if (!tasks.isEmpty()) {
            String heading = format(text, "digest.tasks", locale, tasks.size());
            plain.append(heading).append('\n');
            html.append("<h3>").append(escape(heading)).append("</h3><ul>");
            for (DigestTask task : tasks) {
                String line = format(text, task.overdue() ? "digest.task.overdue" : "digest.task", locale,
                        taskName(text, task.taskKey(), task.taskName()), task.mandate().symbol(),
                        task.mandate().paragraph(), longDate(locale, task.due()));
                plain.append("- ").append(line).append("\n  ").append(mandateLink(task.mandate())).append('\n');
                html.append("<li><a href=\"").append(escape(mandateLink(task.mandate()))).append("\">")
                        .append(escape(line)).append("</a></li>");
            }
            plain.append('\n');
            html.append("</ul>");
        }
        if (!overdueMandates.isEmpty()) {
            String heading = format(text, "digest.mandates", locale, overdueMandates.size(), recipient.entityCode());
            plain.append(heading).append('\n');
            html.append("<h3>").append(escape(heading)).append("</h3><ul>");
            for (Mandate mandate : overdueMandates) {
                String line = format(text, "digest.mandate", locale, mandate.symbol(), mandate.paragraph(),
                        mandate.deliverable() == null ? mandate.text() : mandate.deliverable(),
                        longDate(locale, mandate.due().date()));
                plain.append("- ").append(line).append("\n  ").append(mandateLink(mandate)).append('\n');
                html.append("<li><a href=\"").append(escape(mandateLink(mandate))).append("\">")
                        .append(escape(line)).append("</a></li>");
            }
            plain.append('\n');
            html.append("</ul>");
        }
        String taskLink = product.link("tasks");
        plain.append(text.getString("link.task")).append(": ").append(taskLink).append("\n\n-- \n")
                .append(why).append('\n').append(where).append('\n');
        html.append("<p><a href=\"").append(escape(taskLink)).append("\">").append(escape(text.getString("link.task")))
                .append("</a></p><hr><p style=\"color:#666;font-size:small\">").append(escape(why)).append("<br>")
                .append(escape(where)).append("</p></body></html>");
        return new Message(subject, plain.toString(), html.toString());
    }

    private String mandateLink(Mandate mandate) {
        return product.link(MandatePage.path(mandate.id()));
    }

    private String where(ResourceBundle text, Locale locale) {
        return format(text, "where", locale, leadTimes(text, locale), product.link("settings"));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ReminderMail.class.getName(), locale, NO_FALLBACK);
    }

    /** The task's name in the recipient's language, or the model's own name when the bundle has none. */
    private static String taskName(ResourceBundle text, String taskKey, String modelName) {
        return text.containsKey("task." + taskKey) ? text.getString("task." + taskKey) : modelName;
    }

    private static String longDate(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private String leadTimes(ResourceBundle text, Locale locale) {
        List<String> each = reminders.leadTimes().stream().map(leadTime -> days(text, locale, leadTime)).toList();
        if (each.size() == 1) {
            return each.get(0);
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " " + text.getString("and") + " "
                + each.get(each.size() - 1);
    }

    private static String days(ResourceBundle text, Locale locale, Period leadTime) {
        return format(text, "days", locale, ReminderProperties.days(leadTime));
    }

    private static String format(ResourceBundle text, String key, Locale locale, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
