package org.mandatetracker.extraction.internal;

/** Which official language a text is written in, from its script and, for Latin script, its commonest words. */
public final class Scripts {

    /** Enough running text to tell English, French and Spanish apart by their commonest words. */
    private static final int LATIN_SAMPLE = 20_000;
    private static final byte OTHER = 0;
    private static final byte LATIN = 1;
    private static final byte CYRILLIC = 2;
    private static final byte ARABIC = 3;
    private static final byte HAN = 4;
    /** The script each letter counts for, looked up once: the Unicode script lookup per character was a twentieth of the extraction of a Russian, Arabic or Chinese text. */
    private static final byte[] SCRIPT_OF_LETTER = scriptsOfLetters();

    private Scripts() {
    }

    public static String language(String text) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            switch (SCRIPT_OF_LETTER[text.charAt(i)]) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han += 3; // one character stands for a word
                default -> {
                }
            }
        }
        int max = Math.max(Math.max(latin, cyrillic), Math.max(arabic, han));
        if (max == 0 || max == latin) {
            return latinLanguage(text.substring(0, Math.min(limit, LATIN_SAMPLE)));
        }
        return max == cyrillic ? "ru" : max == arabic ? "ar" : "zh";
    }

    private static byte[] scriptsOfLetters() {
        byte[] scripts = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter(c)) {
                scripts[c] = switch (Character.UnicodeScript.of(c)) {
                    case LATIN -> LATIN;
                    case CYRILLIC -> CYRILLIC;
                    case ARABIC -> ARABIC;
                    case HAN -> HAN;
                    default -> OTHER;
                };
            }
        }
        return scripts;
    }

    private static String latinLanguage(String text) {
        int en = 0;
        int fr = 0;
        int es = 0;
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
            if (i - start > 4) {
                continue;
            }
            switch (text.substring(start, i).toLowerCase()) {
                case "the", "of", "and", "to", "its", "with" -> en++;
                case "le", "les", "des", "et", "du", "aux", "sa", "ses" -> fr++;
                case "el", "los", "las", "y", "del", "su", "sus", "con" -> es++;
                default -> {
                }
            }
        }
        return fr > en && fr >= es ? "fr" : es > en && es > fr ? "es" : "en";
    }
}
