package org.mandatetracker.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits names and texts into comparable word tokens. Comparison is on a light stem, so that
 * inflected forms meet their registry name: Russian case endings ("Генерального секретаря" →
 * "генеральн секретар"), Arabic clitics and spelling variants ("للأمين" → "الامين") and plural
 * "s" in the Latin-script languages.
 */
final class NameTokens {

    /** A token: its stem, its surface form and its place in the text. */
    record Token(String stem, String surface, int start, int end) {
    }

    private static final String[] RUSSIAN_ENDINGS = {"иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими",
            "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ую", "юю", "ых", "их", "ом", "ем", "ам", "ям", "ах", "ях",
            "ию", "ия", "ии", "ие", "ые", "ь", "а", "я", "о", "е", "у", "ю", "ы", "и", "й"};
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String[] ARABIC_PREFIXES = {"وبال", "وال", "بال", "فال", "كال", "لل", "ول", "وب"};

    private NameTokens() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String surface = text.substring(start, i);
            tokens.add(new Token(stem(surface), surface, start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        char first = lower.charAt(0);
        if (first >= '\u0400' && first <= '\u04FF') {
            return russianStem(lower.replace('ё', 'е'));
        }
        if (first >= '\u0600' && first <= '\u06FF') {
            return arabicStem(lower);
        }
        String plain = stripAccents(lower);
        return plain.length() > 3 && (plain.endsWith("s") || plain.endsWith("x")) ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String russianStem(String word) {
        String stem = word;
        for (String ending : RUSSIAN_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        // "организаци-я" / "организаци-ей", "ассамбле-я" / "ассамбл-ее": the stem's own last vowel varies too
        while (stem.length() > 3 && "аеиоуыэюяйь".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static String arabicStem(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            plain.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> c;
            });
        }
        String normalised = plain.toString();
        for (String prefix : ARABIC_PREFIXES) {
            if (normalised.startsWith(prefix) && normalised.length() - prefix.length() >= 3) {
                String rest = normalised.substring(prefix.length());
                return prefix.endsWith("ال") || prefix.equals("لل") ? "ال" + rest : rest;
            }
        }
        return normalised;
    }

    private static String stripAccents(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        return ascii ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    static boolean isCjk(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.UnicodeScript.of(name.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
