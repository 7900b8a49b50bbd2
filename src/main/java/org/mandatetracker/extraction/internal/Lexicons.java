package org.mandatetracker.extraction.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mandatetracker.extraction.Body;

/** The lexicons of the six official languages, built once. */
public final class Lexicons {

    private static final Map<String, Lexicon> BY_LANGUAGE = Map.of(
            "en", EnglishLexicon.create(), "fr", FrenchLexicon.create(), "es", SpanishLexicon.create(),
            "ru", RussianLexicon.create(), "ar", ArabicLexicon.create(), "zh", ChineseLexicon.create());

    private Lexicons() {
    }

    public static Lexicon forLanguage(String language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
    }

    public static List<Lexicon> all() {
        return List.of(BY_LANGUAGE.get("en"), BY_LANGUAGE.get("fr"), BY_LANGUAGE.get("es"), BY_LANGUAGE.get("ru"),
                BY_LANGUAGE.get("ar"), BY_LANGUAGE.get("zh"));
    }

    /**
     * Case-insensitive, as every lexicon pattern is. Unicode case folding costs a lookup per character,
     * so it is switched on only where a pattern has letters outside ASCII that come in two cases
     * (Cyrillic, accented capitals); Arabic and Chinese have no case at all.
     */
    static Pattern ci(String regex) {
        boolean needsUnicodeCase = regex.chars().anyMatch(c -> c > 0x7F && Character.isLetter(c)
                && Character.toUpperCase(c) != Character.toLowerCase(c));
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | (needsUnicodeCase ? Pattern.UNICODE_CASE : 0));
    }

    /**
     * One pattern that finds what any of {@code patterns} finds, each keeping its own case flags; a line is
     * tried once instead of once per language.
     */
    static Pattern anyOf(List<Pattern> patterns) {
        StringBuilder regex = new StringBuilder();
        for (Pattern pattern : patterns) {
            boolean ignoresCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
            boolean unicodeCase = (pattern.flags() & Pattern.UNICODE_CASE) != 0;
            regex.append(regex.isEmpty() ? "" : "|").append("(?").append(ignoresCase ? "i" : "")
                    .append(unicodeCase ? "u" : "").append(":").append(pattern.pattern()).append(")");
        }
        return Pattern.compile(regex.toString());
    }

    /** An article or possessive and up to two words, at the end of the text before a report asked. */
    static Pattern articleBefore(String articles) {
        return ci("\\b(?:" + articles + ")\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    }

    /** The line that opens a resolution, by the body it names; each pattern is matched against a whole line. */
    static Map<Body, Pattern> openers(String prefix, String suffix, Map<Body, String> names) {
        Map<Body, Pattern> openers = new EnumMap<>(Body.class);
        names.forEach((body, name) -> openers.put(body, ci(prefix + "(?:" + name + ")" + suffix)));
        return openers;
    }

    static Map<String, Integer> months(String... names) {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i].split("\\|")) {
                months.put(name, i + 1);
            }
        }
        return months;
    }

    static String alternation(Map<String, Integer> months) {
        return String.join("|", months.keySet());
    }
}
