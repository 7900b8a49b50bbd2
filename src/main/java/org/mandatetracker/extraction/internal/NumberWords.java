package org.mandatetracker.extraction.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How numbers written in words are read, cardinal ("ninety", "девяноста", "تسعين", "九十") and ordinal
 * ("seventy-seventh", "soixante-dix-septième", "семьдесят седьмой", "السابعة والسبعين", "第七十七"). The
 * words themselves belong to each language's definition; here are only the ways languages compose them:
 * words summed with "hundred" multiplying, words matched by their stems for inflected languages, and
 * Chinese characters read positionally.
 */
public final class NumberWords {

    /** Reads a number written in one language's words, or gives null. */
    @FunctionalInterface
    public interface Reader {
        Integer read(String words);
    }

    // compiled once: parse runs for every session ordinal and period a clause names
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile(
            "(?i)(st|nd|rd|th|e|er|ème|ième|º|°|-?я|-?й|-?ой|-?ая)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int HUNDRED = 100;

    private NumberWords() {
    }

    /** The value of a number written in digits (with an ordinal ending) or in the reader's words, or null. */
    public static Integer parse(Reader words, String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            return null;
        }
        String digits = ORDINAL_SUFFIX.matcher(text).replaceAll("");
        if (!digits.isEmpty() && digits.length() <= 4 && digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        return words.read(text);
    }

    /**
     * Words looked up whole and summed ("seventy-seven"), "hundred" multiplying what stands before it.
     *
     * @param separators between the words ("-", spaces, "and")
     * @param skipped    words that join others and count nothing ("et")
     * @param normalise  each word before it is looked up (an ordinal to its cardinal, accents off)
     * @param vigesimal  twenty after four makes eighty, as French "quatre-vingts" does
     */
    public static Reader summing(Map<String, Integer> words, Pattern separators, Set<String> skipped,
                                 UnaryOperator<String> normalise, boolean vigesimal) {
        return text -> {
            int total = 0;
            int previous = -1;
            boolean any = false;
            for (String word : separators.split(text.toLowerCase(Locale.ROOT))) {
                if (word.isBlank() || skipped.contains(word)) {
                    continue;
                }
                Integer value = words.get(normalise.apply(word));
                if (value == null) {
                    return null;
                }
                if (vigesimal && value == 20 && previous == 4) {
                    total += 80 - 4;
                } else {
                    total = value == HUNDRED ? Math.max(total, 1) * HUNDRED : total + value;
                }
                previous = value;
                any = true;
            }
            return any ? total : null;
        };
    }

    /**
     * Words matched by the first stem they start with, in the map's order (longest first, so that
     * "семнадцат" is tried before "сем"), and summed: for languages that inflect their numbers.
     */
    public static Reader byStems(Map<String, Integer> stems, Pattern separators, Set<String> skipped,
                                 UnaryOperator<String> normalise) {
        return text -> {
            int total = 0;
            boolean any = false;
            for (String word : separators.split(normalise.apply(text.toLowerCase(Locale.ROOT)))) {
                if (word.isBlank() || skipped.contains(word)) {
                    continue;
                }
                Integer value = null;
                for (Map.Entry<String, Integer> stem : stems.entrySet()) {
                    if (word.startsWith(stem.getKey())) {
                        value = stem.getValue();
                        break;
                    }
                }
                if (value == null) {
                    return null;
                }
                total = value == HUNDRED ? Math.max(total, 1) * HUNDRED : total + value;
                any = true;
            }
            return any ? total : null;
        };
    }

    /**
     * Characters read by position, as Chinese writes numbers ("七十七", "一百二十"), digits among them.
     *
     * @param digits  the characters for 0 to 9 in order, with any other character of a digit in {@code others}
     * @param tens    the character for ten; {@code hundreds} likewise
     * @param ignored characters around the number that count nothing ("第", "届")
     */
    public static Reader positional(String digits, Map<Character, Integer> others, char tens, char hundreds,
                                    String ignored) {
        return text -> {
            int total = 0;
            int current = 0;
            boolean any = false;
            for (char c : text.strip().toCharArray()) {
                if (ignored.indexOf(c) >= 0) {
                    continue;
                }
                int digit = digits.indexOf(c);
                if (digit < 0) {
                    digit = others.getOrDefault(c, -1);
                }
                if (digit >= 0) {
                    current = digit;
                } else if (c == tens) {
                    total += Math.max(current, 1) * 10;
                    current = 0;
                } else if (c == hundreds) {
                    total += Math.max(current, 1) * HUNDRED;
                    current = 0;
                } else if (Character.isDigit(c)) {
                    current = current * 10 + (c - '0');
                } else {
                    return null;
                }
                any = true;
            }
            return any ? total + current : null;
        };
    }

    /** Without accents ("vigésimo" → "vigesimo"). */
    static String stripAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
