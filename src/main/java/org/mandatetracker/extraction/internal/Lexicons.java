package org.mandatetracker.extraction.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    /** An article or possessive and up to two words, at the end of the text before a report asked. */
    static Pattern articleBefore(String articles) {
        return ci("\\b(?:" + articles + ")\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    }

    /** Openers keyed by body code; each pattern is matched against a whole line. */
    static Map<String, Pattern> openers(String prefix, String suffix, String... bodyThenName) {
        Map<String, Pattern> openers = new LinkedHashMap<>();
        for (int i = 0; i < bodyThenName.length; i += 2) {
            openers.put(bodyThenName[i], ci(prefix + "(?:" + bodyThenName[i + 1] + ")" + suffix));
        }
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
