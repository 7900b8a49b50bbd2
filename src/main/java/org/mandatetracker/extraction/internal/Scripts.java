package org.mandatetracker.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which official language a text is written in: the language of its commonest script, and among the
 * languages of one script the one whose commonest words it uses most. Scripts and words come from each
 * language's definition ({@link Lexicon#script()}, {@link Lexicon#commonWords()}); ties go to the
 * language listed first in {@link Lexicons#all()}.
 */
public final class Scripts {

    /** Enough running text to tell the languages of one script apart by their commonest words. */
    private static final int WORD_SAMPLE = 20_000;
    private static final int LETTER_SAMPLE = 200_000;

    private static final List<Lexicon> LANGUAGES = Lexicons.all();
    private static final List<Character.UnicodeScript> SCRIPTS = LANGUAGES.stream().map(Lexicon::script).distinct()
            .toList();
    private static final int HAN = SCRIPTS.indexOf(Character.UnicodeScript.HAN);
    /**
     * The index in {@link #SCRIPTS} each letter counts for (-1: none), looked up once: the Unicode script lookup
     * per character was a twentieth of the extraction of a Russian, Arabic or Chinese text.
     */
    private static final byte[] SCRIPT_OF_LETTER = scriptsOfLetters();
    /** Each common word → the index of every language that lists it. */
    private static final Map<String, List<Integer>> COMMON_WORDS = commonWords();
    private static final int LONGEST_COMMON_WORD = COMMON_WORDS.keySet().stream().mapToInt(String::length).max()
            .orElse(0);

    private Scripts() {
    }

    public static String language(String text) {
        int[] letters = new int[SCRIPTS.size()];
        int limit = Math.min(text.length(), LETTER_SAMPLE);
        for (int i = 0; i < limit; i++) {
            int index = SCRIPT_OF_LETTER[text.charAt(i)];
            if (index >= 0) {
                letters[index] += index == HAN ? 3 : 1; // one Han character stands for a word
            }
        }
        int best = 0;
        for (int i = 1; i < letters.length; i++) {
            best = letters[i] > letters[best] ? i : best;
        }
        Character.UnicodeScript script = letters[best] == 0 ? LANGUAGES.get(0).script() : SCRIPTS.get(best);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).script() == script) {
                candidates.add(i);
            }
        }
        int language = candidates.size() == 1 ? candidates.get(0)
                : byCommonWords(text.substring(0, Math.min(limit, WORD_SAMPLE)), candidates);
        return LANGUAGES.get(language).language();
    }

    private static byte[] scriptsOfLetters() {
        byte[] scripts = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            scripts[c] = (byte) (Character.isLetter(c) ? SCRIPTS.indexOf(Character.UnicodeScript.of(c)) : -1);
        }
        return scripts;
    }

    /** The candidate whose common words the text uses most, the first listed on a tie. */
    private static int byCommonWords(String text, List<Integer> candidates) {
        int[] counts = new int[LANGUAGES.size()];
        int i = 0;
        while (i < text.length()) {
            // words as runs of letters, read in place: splitting the whole sample cost more than the rest
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            if (i - start > LONGEST_COMMON_WORD) {
                continue;
            }
            for (int language : COMMON_WORDS.getOrDefault(text.substring(start, i).toLowerCase(), List.of())) {
                counts[language]++;
            }
        }
        int best = candidates.get(0);
        for (int candidate : candidates) {
            best = counts[candidate] > counts[best] ? candidate : best;
        }
        return best;
    }

    private static Map<String, List<Integer>> commonWords() {
        Map<String, List<Integer>> words = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            for (String word : LANGUAGES.get(i).commonWords()) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        words.replaceAll((word, languages) -> List.copyOf(languages));
        return Map.copyOf(words);
    }
}
