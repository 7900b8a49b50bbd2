package org.mandatetracker.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the verbs that open clauses of a paragraph ("Welcomes …, requests the Secretary-General …
 * and decides …"). A verb form counts only where a clause can start, so the noun in "in response to
 * requests" is not taken for the verb.
 */
public final class Verbs {

    /**
     * A verb in a paragraph.
     *
     * @param action the action verb, or null for a declaratory verb ("reaffirms")
     */
    public record Occurrence(int start, int end, String surface, Lexicon.Verb action) {
    }

    private static final Map<String, Pattern> COMBINED = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> LATE = new ConcurrentHashMap<>();

    private Verbs() {
    }

    public static List<Occurrence> find(Lexicon lexicon, String text) {
        Pattern combined = COMBINED.computeIfAbsent(lexicon.language(), k -> combine(lexicon));
        List<Occurrence> found = new ArrayList<>();
        MatchStarts.Finder finder = MatchStarts.finder(combined, text);
        boolean asks = false;
        while (finder.find()) {
            Occurrence verb = occurrence(lexicon, finder.matcher());
            asks |= verb.action() != null;
            found.add(verb);
        }
        if (!asks && lexicon.lateVerbAfter() != null) {
            addLateVerb(lexicon, text, found);
        }
        return found;
    }

    private static Occurrence occurrence(Lexicon lexicon, Matcher m) {
        Lexicon.Verb action = null;
        for (int i = 0; i < lexicon.actionVerbs().size(); i++) {
            if (m.group("a" + i) != null) {
                action = lexicon.actionVerbs().get(i);
                break;
            }
        }
        return new Occurrence(m.start("verb"), m.end("verb"), m.group("verb").toLowerCase(), action);
    }

    /**
     * "… that injured three United Nations personnel and contractors encourages the UN to …": an action
     * verb that opens a clause after a long phrase with no comma. Looked for only in a paragraph where
     * no action verb opens a clause, so the search costs nothing in the others; whether the verb asks a
     * United Nations actor is for the analyser to judge, as for any verb.
     */
    private static void addLateVerb(Lexicon lexicon, String text, List<Occurrence> found) {
        MatchStarts.Finder finder = MatchStarts.finder(LATE.computeIfAbsent(lexicon.language(), k -> combineLate(lexicon)), text);
        while (finder.find()) {
            Matcher late = finder.matcher();
            Occurrence verb = occurrence(lexicon, late);
            int wordStart = late.start();
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (verb.action() != null
                    && lexicon.lateVerbAfter().matcher(text).region(wordStart, late.start()).matches()) {
                int at = 0;
                while (at < found.size() && found.get(at).start() < verb.start()) {
                    at++;
                }
                found.add(at, verb);
                return;
            }
        }
    }

    public static boolean startsWithVerb(Lexicon lexicon, String text) {
        List<Occurrence> verbs = find(lexicon, text.length() > 200 ? text.substring(0, 200) : text);
        return !verbs.isEmpty() && verbs.get(0).start() <= 2;
    }

    /** An action verb form after a lower-case word (whether that word allows it is for {@link #addLateVerb}). */
    private static Pattern combineLate(Lexicon lexicon) {
        StringBuilder regex = new StringBuilder("(?<=\\p{Ll})\\s(?<verb>(?:");
        for (int i = 0; i < lexicon.actionVerbs().size(); i++) {
            regex.append(i == 0 ? "" : "|").append("(?<a").append(i).append(">")
                    .append(lexicon.actionVerbs().get(i).pattern()).append(')');
        }
        regex.append("))(?![\\p{L}])");
        return Lexicons.ci(regex.toString());
    }

    private static Pattern combine(Lexicon lexicon) {
        boolean spaced = lexicon.script() != Character.UnicodeScript.HAN;
        // the lead comes first: the sixty-odd verb forms are then tried only where a clause can start,
        // not at every word, which is what made this the hot spot
        StringBuilder regex = new StringBuilder("(?:").append(lexicon.verbLead().pattern()).append(")(?<verb>");
        regex.append(spaced ? "(?<![\\p{L}\\d])(?:" : "(?:");
        for (int i = 0; i < lexicon.actionVerbs().size(); i++) {
            regex.append("(?<a").append(i).append(">").append(lexicon.actionVerbs().get(i).pattern()).append(")|");
        }
        regex.append("(?:").append(lexicon.otherVerbs().pattern()).append("))");
        if (spaced) {
            regex.append("(?![\\p{L}])");
        }
        regex.append(')');
        return Lexicons.ci(regex.toString());
    }
}
