package org.mandatetracker.extraction.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandatetracker.entity.EntityCatalog;
import org.mandatetracker.entity.EntityMention;
import org.mandatetracker.extraction.Body;
import org.mandatetracker.extraction.ExtractionResult.Evidence;
import org.mandatetracker.extraction.ExtractionResult.Mandate;
import org.mandatetracker.extraction.ExtractionResult.Span;
import org.mandatetracker.extraction.MandateKind;

/**
 * Decides whether an operative paragraph is a mandate and reads it. Each clause opened by an action
 * verb is examined: a United Nations actor named between the verb and the task ("requests <the
 * Secretary-General> to …") makes it a mandate, and so do the forms the contract lists without an
 * addressee (inclusion in a provisional agenda, extension of a mandate, convening a meeting, setting
 * up a United Nations body, a call for work by the United Nations). A paragraph gives one mandate,
 * a REPORT when any of its mandate clauses asks for a report.
 */
public final class MandateAnalyser {

    /** A clause of a paragraph, opened by an action verb. */
    private record Clause(Verbs.Occurrence verb, int start, int end) {
    }

    /** A clause found to carry a mandate. */
    /**
     * @param addressees where each actor asked is named, one place per actor
     * @param reportAt   where the report asked starts in the paragraph, -1 when none is
     */
    private record Task(Clause clause, MandateKind kind, List<EntityMention> addressees, int windowEnd, int reportAt) {
    }

    /** What is asked, and where it stands in the paragraph; {@code shortened} when cut to its first words. */
    private record Deliverable(int start, int end, boolean shortened) {
    }

    private static final int WINDOW = 300;
    private static final int DELIVERABLE_LENGTH = 160;
    /** Cut from a deliverable's ends, with white space. */
    private static final String TRAILING_PUNCTUATION = ",;:.،؛，；。：";
    private static final String COMMAS = ",،，";
    private static final String LEADING_PUNCTUATION = ",;:";

    private final EntityCatalog catalog;

    public MandateAnalyser(EntityCatalog catalog) {
        this.catalog = catalog;
    }


    private static List<String> codes(List<EntityMention> mentions) {
        Set<String> codes = new LinkedHashSet<>();
        mentions.forEach(m -> codes.add(m.code()));
        return List.copyOf(codes);
    }

    /**
     * @param verbs  the paragraph's verbs ({@link Verbs#find})
     * @param labels the paragraph's sub-paragraph labels with their offsets in {@code text}
     * @return the mandate, or null when the paragraph asks no United Nations actor to act
     */
    public Mandate analyse(Lexicon lexicon, String number, String text, List<Verbs.Occurrence> verbs,
                           List<LabelAt> labels, DeadlineFinder.Context context) {
        List<EntityMention> mentions = catalog.mentions(text);
        List<Task> tasks = new ArrayList<>();
        for (Clause clause : clauses(verbs, text)) {
            Task task = task(lexicon, text, clause, mentions);
            if (task != null) {
                tasks.add(task);
            }
        }
        if (tasks.isEmpty()) {
            return null;
        }
        boolean report = tasks.stream().anyMatch(t -> t.kind() == MandateKind.REPORT);
        boolean agendaOnly = tasks.stream().allMatch(t -> t.kind() == MandateKind.AGENDA);
        MandateKind kind = report ? MandateKind.REPORT : agendaOnly ? MandateKind.AGENDA : MandateKind.ACTION;
        Task lead = tasks.stream().filter(t -> t.kind() == kind).findFirst().orElse(tasks.get(0));
        List<EntityMention> addressees = new ArrayList<>();
        tasks.forEach(t -> t.addressees().forEach(a -> addOnce(addressees, a)));
        DeadlineFinder.Found deadline = deadline(lexicon, text, mentions, context, tasks, lead);
        String reportTo = report ? reportTo(text, mentions, lead, context.body()) : null;
        Span deadlineSpan = deadline.dueAt() < 0 ? null
                : new Span(deadline.dueAt(), deadline.dueAt() + deadline.due().text().length());
        Deliverable deliverable = deliverable(lexicon, text, lead, deadlineSpan);
        Span deliverableSpan = deliverable == null ? null : new Span(deliverable.start(), deliverable.end());
        Evidence evidence = new Evidence(new Span(lead.clause().verb().start(), lead.clause().verb().end()),
                addressees.stream().map(a -> new Span(a.start(), a.end())).toList(), deadlineSpan, deliverableSpan);
        return new Mandate(number, labelsWithin(labels, tasks), lead.clause().verb().action().meaning().english(),
                lead.clause().verb().action().meaning().strength(), kind, codes(addressees), reportTo, deadline.due(),
                deadline.recurrence(), deadline.endDate(), deliverable == null ? null : phrase(text, deliverable),
                codes(mentions), text, evidence);
    }

    /** Keeps the first place an actor is named. */
    private static void addOnce(List<EntityMention> places, EntityMention mention) {
        if (places.stream().noneMatch(p -> p.code().equals(mention.code()))) {
            places.add(mention);
        }
    }

    /** A sub-paragraph label and where its text starts in the paragraph. */
    public record LabelAt(String label, int offset) {
    }

    private static List<Clause> clauses(List<Verbs.Occurrence> verbs, String text) {
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < verbs.size(); i++) {
            if (verbs.get(i).action() != null) {
                int end = i + 1 < verbs.size() ? verbs.get(i + 1).start() : text.length();
                clauses.add(new Clause(verbs.get(i), verbs.get(i).start(), end));
            }
        }
        return clauses;
    }

    private Task task(Lexicon lexicon, String text, Clause clause, List<EntityMention> mentions) {
        String clauseText = text.substring(clause.start(), clause.end());
        int windowStart = clause.verb().end();
        Matcher skip = lexicon.addresseeSkip().matcher(text).region(windowStart, clause.end());
        if (skip.lookingAt()) {
            windowStart = skip.end();
        }
        int windowEnd = wordStart(text, Math.min(clause.end(), windowStart + WINDOW), windowStart);
        Matcher end = lexicon.addresseeEnd().matcher(text).region(windowStart, windowEnd);
        if (end.find()) {
            windowEnd = end.start();
        }
        List<EntityMention> addressees = new ArrayList<>();
        for (EntityMention mention : mentions) {
            if (mention.start() >= windowStart && mention.start() < windowEnd && mention.entity().canBeMandated()
                    && !isInstrumentName(lexicon, text, mention) && !qualifiesAnotherNoun(lexicon, text, mention)) {
                addOnce(addressees, mention);
            }
        }
        if (addressees.isEmpty()) {
            addressees.addAll(shortNamesIn(text, windowStart, windowEnd, mentions));
        }
        boolean decides = clause.verb().action().meaning() == ContractVerb.DECIDES;
        if (decides && MatchStarts.found(lexicon.agenda(), clauseText)) {
            return new Task(clause, MandateKind.AGENDA, List.of(), windowEnd, -1);
        }
        List<EntityMention> actors = actorsIn(mentions, clause);
        boolean tasked = !addressees.isEmpty()
                || decides && MatchStarts.found(lexicon.extension(), clauseText)
                || decides && MatchStarts.found(lexicon.convene(), clauseText)
                || decides && MatchStarts.found(lexicon.establish(), clauseText) && !actors.isEmpty()
                || !decides && windowEnd - windowStart <= 1 && !actors.isEmpty();
        if (!tasked) {
            return null;
        }
        if (addressees.isEmpty() && !decides) {
            addressees = actors;
        }
        int reportAt = reportAsked(lexicon, text, clause.verb().end(), clause.end());
        return new Task(clause, reportAt >= 0 ? MandateKind.REPORT : MandateKind.ACTION, addressees, windowEnd, reportAt);
    }

    /** "the Charter of the United Nations": the Organization named as the owner of an instrument, not asked. */
    private static boolean isInstrumentName(Lexicon lexicon, String text, EntityMention mention) {
        return lexicon.instrumentBefore() != null && lexicon.instrumentBefore().matcher(text)
                .region(Math.max(0, mention.start() - 30), mention.start()).find()
                || lexicon.instrumentAfter() != null && lexicon.instrumentAfter().matcher(text)
                .region(mention.end(), text.length()).lookingAt();
    }

    /**
     * Moves a cut back to the start of the word it falls in, so that no phrase begins mid-word ("ацией
     * уголовной полиции"); Chinese runs without spaces and is cut anywhere.
     */
    static int wordStart(String text, int at, int floor) {
        int cut = at;
        while (cut > floor && cut < text.length() && inWord(text.charAt(cut - 1)) && inWord(text.charAt(cut))) {
            cut--;
        }
        return cut == floor && at > floor ? at : cut;
    }

    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /**
     * The United Nations' name used as an adjective of a noun that is no United Nations actor
     * ({@link Lexicon#nameAsAdjective}).
     */
    private static boolean qualifiesAnotherNoun(Lexicon lexicon, String text, EntityMention mention) {
        if (lexicon.nameAsAdjective() == null) {
            return false;
        }
        Matcher name = lexicon.nameAsAdjective().matcher(text).region(mention.start(), text.length());
        return name.lookingAt() && name.end("name") == mention.end();
    }

    /**
     * "the Commission", "the Group", "the Mission": an actor named in full earlier in the paragraph and
     * then by the last word of its name.
     */
    private static List<EntityMention> shortNamesIn(String text, int windowStart, int windowEnd,
                                                    List<EntityMention> mentions) {
        List<EntityMention> found = new ArrayList<>();
        String window = text.substring(windowStart, windowEnd);
        for (EntityMention mention : mentions) {
            if (mention.start() >= windowStart || !mention.entity().canBeMandated()) {
                continue;
            }
            String[] words = text.substring(mention.start(), mention.end()).split("[\\s-]+");
            String head = words[words.length - 1];
            if (words.length > 1 && head.length() > 3 && Character.isUpperCase(head.charAt(0)) && window.contains(head)) {
                Matcher named = Pattern.compile("\\b" + Pattern.quote(head) + "\\b").matcher(window);
                if (named.find()) {
                    addOnce(found, new EntityMention(mention.entity(), windowStart + named.start(),
                            windowStart + named.end()));
                }
            }
        }
        return found;
    }

    private static List<EntityMention> actorsIn(List<EntityMention> mentions, Clause clause) {
        List<EntityMention> actors = new ArrayList<>();
        for (EntityMention mention : mentions) {
            if (mention.start() >= clause.start() && mention.start() < clause.end() && mention.entity().canBeMandated()) {
                addOnce(actors, mention);
            }
        }
        return actors;
    }

    /** Where a report is asked in a clause, or -1: the clause's kind, its deadline and deliverable. */
    private static int reportAsked(Lexicon lexicon, String text, int from, int to) {
        // the clause's own text: what a region with opaque bounds lets the pattern see
        MatchStarts.Finder asked = MatchStarts.finder(lexicon.reportAsked(), text.substring(from, to));
        return asked.find() ? from + asked.matcher().start() : -1;
    }

    /**
     * The deadline of the lead task first, then of the others. For a report, the words from the report
     * onwards are read first, because the reporting date matters most ("create, within thirty days, a
     * group … to provide a report before 15 July").
     */
    private static DeadlineFinder.Found deadline(Lexicon lexicon, String text, List<EntityMention> mentions,
                                                 DeadlineFinder.Context context, List<Task> tasks, Task lead) {
        List<Task> ordered = new ArrayList<>();
        ordered.add(lead);
        tasks.stream().filter(t -> t != lead).forEach(ordered::add);
        DeadlineFinder.Found first = null;
        for (Task task : ordered) {
            int start = task.clause().start();
            int end = task.clause().end();
            boolean extension = MatchStarts.found(lexicon.extension(), text.substring(start, end));
            if (task.reportAt() >= 0) {
                // the words from the report asked to the end of its part first ("experts convened at the end
                // of 2027 … to prepare a report … at its eighty-third session"), then the whole clause
                int partEnd = nextPartBreak(text, task.reportAt(), end);
                DeadlineFinder.Found found = deadlineIn(lexicon, text, mentions, context, task.reportAt(), partEnd, false);
                if (found.due() != null) {
                    return found;
                }
            }
            DeadlineFinder.Found found = deadlineIn(lexicon, text, mentions, context, start, end, extension);
            if (found.due() != null || found.recurrence() != null) {
                return found;
            }
            first = first == null ? found : first;
        }
        return first;
    }

    /** Semicolons and colons separate the parts of a paragraph, such as its lettered items. */
    private static int nextPartBreak(String text, int after, int limit) {
        for (int i = after; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '؛' || c == '；') {
                return i;
            }
        }
        return limit;
    }

    private static DeadlineFinder.Found deadlineIn(Lexicon lexicon, String text, List<EntityMention> mentions,
                                                   DeadlineFinder.Context context, int start, int end,
                                                   boolean extension) {
        List<EntityMention> local = mentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end)
                .map(m -> new EntityMention(m.entity(), m.start() - start, m.end() - start))
                .toList();
        DeadlineFinder.Found found = DeadlineFinder.find(lexicon, text.substring(start, end), local, context, extension);
        return found.dueAt() < 0 ? found
                : new DeadlineFinder.Found(found.due(), found.recurrence(), found.endDate(), start + found.dueAt());
    }

    private static String reportTo(String text, List<EntityMention> mentions, Task lead, Body body) {
        for (EntityMention mention : mentions) {
            if (mention.entity().isBody() && mention.start() >= lead.windowEnd() && mention.start() < lead.clause().end()) {
                return mention.code();
            }
        }
        return body.name();
    }

    private static List<String> labelsWithin(List<LabelAt> labels, List<Task> tasks) {
        List<String> within = new ArrayList<>();
        for (LabelAt label : labels) {
            for (Task task : tasks) {
                if (label.offset() >= task.clause().start() && label.offset() < task.clause().end()) {
                    within.add(label.label());
                    break;
                }
            }
        }
        return within;
    }

    /**
     * What is asked, as a whole phrase of the paragraph: from the task after its addressee (or from the
     * report asked) to the end of its phrase, which is the punctuation of the script that ends one, the next
     * clause or the deadline. A deadline ends it only when the object does not follow: "inform the Member
     * States, no later than January 2026, of the progress achieved" keeps the words after the inserted date,
     * "report to the Council no later than 30 June 2022" ends before it.
     */
    private static Deliverable deliverable(Lexicon lexicon, String text, Task lead, Span deadline) {
        int clauseEnd = lead.clause().end();
        int start = deliverableStart(lexicon, text, lead);
        int end = phraseEnd(lexicon, text, start, clauseEnd);
        boolean beforeNextClause = end == clauseEnd;
        if (deadline != null && deadline.start() >= start && deadline.start() < end) {
            int beforeDeadline = withoutDeadlineLead(lexicon, text, start, deadline.start());
            if (beforeDeadline <= start) {
                // the time comes first ("by 30 June, to submit …"): the task follows it
                start = deadline.end();
            } else if (!objectFollows(lexicon, text, beforeDeadline, deadline.end(), end)) {
                end = beforeDeadline;
                beforeNextClause = false;
            }
        }
        start = skip(text, start, end, LEADING_PUNCTUATION);
        end = trimEnd(text, start, end);
        if (beforeNextClause) {
            end = withoutClauseLead(lexicon, text, start, end);
        }
        if (end <= start) {
            return null;
        }
        if (end - start <= DELIVERABLE_LENGTH) {
            return new Deliverable(start, end, false);
        }
        int cut = trimEnd(text, start, wordStart(text, start + DELIVERABLE_LENGTH, start));
        return new Deliverable(start, cut > start + DELIVERABLE_LENGTH / 2 ? cut : start + DELIVERABLE_LENGTH, true);
    }

    /** Where the task's words start: the language's task start, else the report asked or the task after the addressee. */
    private static int deliverableStart(Lexicon lexicon, String text, Task lead) {
        int clauseEnd = lead.clause().end();
        // a task may follow its verb with no connector to end the addressee window ("Decide prorrogar el mandato")
        int start = hasLetter(text, lead.windowEnd(), clauseEnd) ? lead.windowEnd() : lead.clause().verb().end();
        if (lexicon.taskStart() != null) {
            // after the addressees named, not after a window end that a title's words may have set
            int from = lead.addressees().stream().mapToInt(EntityMention::end).filter(e -> e <= clauseEnd).max()
                    .orElse(lead.clause().verb().end());
            Matcher task = lexicon.taskStart().matcher(text).region(Math.max(from, lead.clause().verb().end()), clauseEnd);
            return task.find() ? task.start() : start;
        }
        if (lead.reportAt() >= 0) {
            int from = Math.max(lead.reportAt(), start);
            Matcher report = lexicon.report().matcher(text).region(from, clauseEnd);
            // a report word may stand inside a longer one ("проинформировать"): the phrase starts with the whole word
            int at = report.find() ? wordStart(text, report.start(), start) : from;
            start = articleBefore(lexicon, text, at, start);
        }
        Matcher connector = lexicon.addresseeEnd().matcher(text).region(start, clauseEnd);
        if (start == lead.windowEnd() && connector.lookingAt()) {
            start = connector.end();
        }
        return start;
    }

    private static int phraseEnd(Lexicon lexicon, String text, int start, int clauseEnd) {
        Matcher end = lexicon.phraseEnd().matcher(text).region(Math.min(start, clauseEnd), clauseEnd);
        return end.find() ? end.start() : clauseEnd;
    }

    /** The end of the words before a deadline, without those that only lead to it ("report to the Council at its", "no later than"). */
    private static int withoutDeadlineLead(Lexicon lexicon, String text, int start, int deadlineStart) {
        int end = deadlineStart;
        for (Pattern lead : List.of(lexicon.deadlines().dateBy(), lexicon.deadlineLead())) {
            Matcher words = lead.matcher(text).region(start, end);
            if (words.find()) {
                end = words.start();
            }
        }
        return trimEnd(text, start, end);
    }

    /**
     * Whether the thing asked follows a deadline: after a deadline inserted between commas, any words of the
     * phrase that open no new clause ("and to …"); after one that is not, words that open the thing or its
     * subject ("the item entitled", "on the progress"), not more words of the date ("of the adoption").
     */
    private static boolean objectFollows(Lexicon lexicon, String text, int beforeDeadline, int deadlineEnd, int end) {
        int at = deadlineEnd;
        if (lexicon.deadlines().dateAfter() != null) {
            Matcher after = lexicon.deadlines().dateAfter().matcher(text).region(at, end);
            at = after.lookingAt() ? after.end() : at;
        }
        int word = skip(text, at, end, "");
        if (word < end && COMMAS.indexOf(text.charAt(word)) >= 0) {
            boolean opened = beforeDeadline < text.length()
                    && COMMAS.indexOf(text.charAt(skip(text, beforeDeadline, end, ""))) >= 0;
            if (!opened) {
                return false;
            }
            at = word + 1;
            word = skip(text, at, end, "");
            return word < end && !opensClause(lexicon, text, at, word, end);
        }
        return word < end && lexicon.objectAfterDeadline().matcher(text).region(word, end).lookingAt();
    }

    /** A clause lead ("and", "also", Russian "и") right at {@code word}, read from the space before it or from the word. */
    private static boolean opensClause(Lexicon lexicon, String text, int space, int word, int end) {
        for (int from : new int[] {space, word}) {
            Matcher lead = lexicon.verbLead().matcher(text).region(from, end).useAnchoringBounds(false);
            if (lead.lookingAt() && lead.end() > word) {
                return true;
            }
        }
        return false;
    }

    /** Without the words that open the next clause ("…, and further"), which belong to it. */
    private static int withoutClauseLead(Lexicon lexicon, String text, int start, int end) {
        int cut = end;
        boolean shortened = true;
        while (shortened && cut > start) {
            shortened = false;
            Matcher lead = lexicon.verbLead().matcher(text).region(Math.max(start, cut - 40), cut).useAnchoringBounds(false);
            while (lead.find()) {
                if (lead.end() == cut && lead.start() < cut && hasLetter(text, lead.start(), lead.end())) {
                    cut = trimEnd(text, start, lead.start());
                    shortened = true;
                    break;
                }
            }
        }
        return cut;
    }

    private static boolean hasLetter(String text, int start, int end) {
        return text.substring(start, end).chars().anyMatch(Character::isLetter);
    }

    private static int skip(String text, int from, int end, String punctuation) {
        int at = from;
        while (at < end && (punctuation.indexOf(text.charAt(at)) >= 0 || Character.isWhitespace(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    private static int trimEnd(String text, int start, int end) {
        int at = end;
        while (at > start && (TRAILING_PUNCTUATION.indexOf(text.charAt(at - 1)) >= 0
                || Character.isWhitespace(text.charAt(at - 1)))) {
            at--;
        }
        return at;
    }

    private static String phrase(String text, Deliverable deliverable) {
        String words = text.substring(deliverable.start(), deliverable.end());
        return deliverable.shortened() ? words + " …" : words;
    }

    /** Includes "a", "an", "the" or "his" just before the word, so that "a report on …" reads whole. */
    private static int articleBefore(Lexicon lexicon, String text, int at, int floor) {
        if (lexicon.articleBefore() == null) {
            return at;
        }
        Matcher article = lexicon.articleBefore().matcher(text.substring(Math.max(floor, at - 40), at));
        return article.find() ? Math.max(floor, at - 40) + article.start() : at;
    }
}
